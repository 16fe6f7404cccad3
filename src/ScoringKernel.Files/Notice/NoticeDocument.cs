using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using Labels = ScoringKernel.Words.Labels;

namespace ScoringKernel.Files.Notice;

/// <summary>
/// The year's notice (考核情况通报) as a Word document the office edits and issues, laid out as GB/T 9704-2012 lays out
/// a Chinese official document: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm type
/// area); the issuing body's mark in red 小标宋, centred; the document number under it (an editable placeholder); a
/// red separator line the width of the type area; the title in 2号 小标宋, centred; the main recipients; the body in
/// 3号 仿宋 at a fixed 28-point line pitch with first lines indented two characters and headings in 黑体; the ranking
/// table of each group; 通报批评 of the units below the pass line (the kernel's <c>criticised_unit_codes</c>); for an
/// evaluation the section 自评与核定对比; the issuing body and the date right-aligned at the end; page numbers
/// "— 1 —" in the footer. Written with the Open XML SDK's WordprocessingML classes.
/// </summary>
public static partial class NoticeDocument
{
    public const string IssuingBody = "衡阳市扶贫开发领导小组";

    /// <summary>The body's typeface: 仿宋 (FangSong) on Chinese Windows and WPS; its alternate name for older systems is 仿宋_GB2312.</summary>
    public const string BodyFont = "仿宋";

    /// <summary>The mark's and title's typeface: 方正小标宋简体, the one an office has; where it is missing Word takes 宋体.</summary>
    public const string TitleFont = "方正小标宋简体";

    public const string HeadingFont = "黑体";

    /// <summary>Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt; the mark at 小初 36 pt so eleven characters fit the 156 mm line.</summary>
    private const int Mark = 72, Size2 = 44, Size3 = 32, Size4 = 28, Small4 = 24;

    /// <summary>Twips: 28 pt line pitch; a 3号 character is 16 pt = 320 twips.</summary>
    private const int LinePitch = 560, Char = 320;

    private const string Red = "FF0000";

    /// <summary>The notice of an assessment scored under <paramref name="rules"/> (with an evaluation, its section
    /// 自评与核定对比) under its <paramref name="issue"/>'s number and date of issue (and the chain head it was published on,
    /// when the issue names one), or marked 草稿 in the header of every page.</summary>
    public static byte[] Write(RuleSet rules, Assessment a, NoticeBasis basis, EvaluationResult? evaluation = null, NoticeIssue? issue = null)
    {
        issue ??= NoticeIssue.Unissued;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Styles(main);
            FontTable(main);
            var body = new Body();
            Content(body, rules.ScoreDecimals, a, basis, evaluation, issue);
            body.Append(Section(main, issue));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return issue.ChainHead.Length > 0 ? WithChainHead(stream.ToArray(), issue.ChainHead) : stream.ToArray();
    }

    private static void Content(Body body, int decimals, Assessment a, NoticeBasis notice, EvaluationResult? evaluation, NoticeIssue issue)
    {
        string S(decimal score) => ResultWords.Score(score, decimals);
        var year = notice.Year;
        var passLine = notice.PassLineText;
        // 版头: the mark 35 mm below the top of the type area, the number two lines under it, the red line 4 mm under that.
        body.Append(Paragraph([Run(IssuingBody, TitleFont, Mark, bold: true, color: Red)], JustificationValues.Center, before: 1984, exact: false));
        body.Append(Paragraph([Run(issue.NumberLine(year), BodyFont, Size3)], JustificationValues.Center, before: LinePitch * 2, bottomRule: true));
        // The title over two lines, broken between words (GB/T 9704 7.3.1), at a 36 pt pitch.
        body.Append(Paragraph([Run($"关于{year}年度全市精准扶贫工作\n考核情况的通报", TitleFont, Size2)], JustificationValues.Center, before: LinePitch * 2, after: LinePitch, pitch: 720, grid: false));
        body.Append(Paragraph([Run("各县市区扶贫开发领导小组,市直有关单位:", BodyFont, Size3)], JustificationValues.Left));

        body.Append(BodyParagraph(BasisSentence(notice, evaluation is not null)));

        body.Append(Heading("一、考核结果"));
        body.Append(BodyParagraph($"考核合格线为{passLine}分。各组按总分排序,一类名额以内的单位评为一类,其余合格单位评为二类,低于合格线的评为不合格。"));
        var numerals = "一二三四五六七八九";
        var criticised = a.Criticised.ToHashSet();
        for (var i = 0; i < a.Groups.Count; i++)
        {
            var g = a.Groups[i];
            body.Append(BodyParagraph($"({numerals[i % numerals.Length]}){Labels.Group(g.Group)}(一类名额{g.Class1Quota}名)", indent: true, keepNext: true));
            body.Append(Table(
                [("名次", 9), ("单位", 16), ("总分", 12), ("等级", 16), ("备注", 47)],
                g.Units.Select(u => (IReadOnlyList<string>)[ResultWords.Rank(u.Rank), u.Name, S(u.Total), Labels.Grade(u.Grade), ResultWords.Remark(u, criticised.Contains(u.Unit))])));
        }

        body.Append(Heading("二、通报批评"));
        var all = a.Groups.SelectMany(g => g.Units).ToList();
        var below = all.Where(u => criticised.Contains(u.Unit)).ToList();
        body.Append(BodyParagraph(below.Count == 0
            ? $"本年度没有考核评分低于{passLine}分的单位。"
            : $"{string.Join("、", below.Select(u => $"{u.Name}({S(u.Total)}分)"))}考核评分低于{passLine}分,评为“不合格”,予以通报批评。"));
        var disqualified = all.Where(u => u.Grade == Grade.Disqualified).ToList();
        if (disqualified.Count > 0)
            body.Append(BodyParagraph($"{string.Join("、", disqualified.Select(u => u.Name))}存在违规违纪使用扶贫资金问题,取消年度考核排序资格。"));

        if (evaluation is not null)
        {
            body.Append(Heading("三、自评与核定对比"));
            body.Append(BodyParagraph("各单位自评总分与核定总分如下表;核定依据列出每一项核定与自评不同的数据及其来源。", keepNext: true));
            body.Append(Table(
                [("单位", 13), ("自评总分", 13), ("核定总分", 13), ("差值", 10), ("核定依据", 51)],
                evaluation.Units.Select(u => (IReadOnlyList<string>)[u.Name, S(u.SelfEvaluated.Total), S(u.Evaluated.Total), S(u.TotalDifference),
                    u.Corrections.IsEmpty ? "按自评" : string.Join("\n", u.Corrections.Select(ResultWords.Correction))])));
            var overstated = evaluation.Units.Where(u => u.Overstated).ToList();
            body.Append(BodyParagraph(overstated.Count == 0
                ? "没有自评总分高于核定总分1分及以上的单位。"
                : $"自评总分高于核定总分1分及以上的单位:{string.Join("、", overstated.Select(u => $"{u.Name}(自评{S(u.SelfEvaluated.Total)}分,核定{S(u.Evaluated.Total)}分)"))}。请有关单位认真核实,如实自评。"));
        }

        body.Append(BodyParagraph("希望各县市区以这次考核为契机,对照考核中发现的问题,认真整改落实,确保精准扶贫各项工作落到实处。"));

        // 署名 and 成文日期: the body's name two characters from the right margin, the date centred under it.
        body.Append(Paragraph([Run(IssuingBody, BodyFont, Size3)], JustificationValues.Right, before: LinePitch * 2, rightIndent: Char * 2));
        body.Append(Paragraph([Run(issue.DateLine(year), BodyFont, Size3)], JustificationValues.Right, rightIndent: Char * 2 + Char * (IssuingBody.Length - 6) / 2));
    }

    private static Paragraph Heading(string text) => Paragraph([Run(text, HeadingFont, Size3)], JustificationValues.Left, firstLine: Char * 2, keepNext: true);

    private static Paragraph BodyParagraph(string text, bool indent = true, bool keepNext = false) =>
        Paragraph([Run(text, BodyFont, Size3)], JustificationValues.Both, firstLine: indent ? Char * 2 : 0, keepNext: keepNext);

    private static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues justification, int before = 0, int after = 0, int firstLine = 0,
        int rightIndent = 0, bool keepNext = false, bool bottomRule = false, bool exact = true, int pitch = LinePitch, bool grid = true)
    {
        var properties = new ParagraphProperties();
        if (keepNext) properties.Append(new KeepNext());
        if (bottomRule)
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 6, Color = Red }));
        if (!grid) properties.Append(new SnapToGrid { Val = false });
        properties.Append(
            new SpacingBetweenLines
            {
                Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture),
                Line = exact ? pitch.ToString(CultureInfo.InvariantCulture) : "240", LineRule = exact ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto,
            },
            new Indentation
            {
                FirstLine = firstLine > 0 ? firstLine.ToString(CultureInfo.InvariantCulture) : null,
                Right = rightIndent > 0 ? rightIndent.ToString(CultureInfo.InvariantCulture) : null,
            },
            new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>A run of text in a typeface and size (half-points); a line break in the text starts a new line in the same paragraph.</summary>
    private static Run Run(string text, string font, int halfPoints, bool bold = false, string? color = null)
    {
        var properties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) properties.Append(new Bold());
        if (color is not null) properties.Append(new Color { Val = color });
        properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        var run = new Run(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>A table the width of the type area: the header row repeated on each page, no row split across pages, text in 小四 仿宋.</summary>
    private static Table Table(IReadOnlyList<(string Header, int Percent)> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        const int width = 8844; // 156 mm in twips
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6 }, new BottomBorder { Val = BorderValues.Single, Size = 6 },
                new LeftBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        var widths = columns.Select(c => width * c.Percent / 100).ToList();
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(columns.Select(c => c.Header).ToList(), widths, header: true));
        foreach (var row in rows) table.Append(Row(row, widths, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header) rowProperties.Append(new TableHeader());
        var row = new TableRow(rowProperties);
        for (var i = 0; i < cells.Count; i++)
        {
            // Short cells (rank, name, scores, grade) centred; a long one (remarks, corrections) set from the left.
            var centred = cells[i].Length <= 8 && !cells[i].Contains('\n');
            var paragraph = Paragraph([Run(cells[i], header ? HeadingFont : BodyFont, Small4)], header || centred ? JustificationValues.Center : JustificationValues.Left, pitch: 340);
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                paragraph));
        }
        return row;
    }

    /// <summary>A4 with GB/T 9704's margins (mm → twips: × 1440 / 25.4), the page number "— 1 —" in 4号 宋体 in the footer.</summary>
    private static SectionProperties Section(MainDocumentPart main, NoticeIssue issue)
    {
        var footer = main.AddNewPart<FooterPart>();
        var field = new SimpleField(new Run(new RunProperties(new FontSize { Val = Size4.ToString(CultureInfo.InvariantCulture) }), new Text("1"))) { Instruction = " PAGE " };
        var numberParagraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Run("— ", "宋体", Size4), field, Run(" —", "宋体", Size4));
        footer.Footer = new Footer(numberParagraph);
        footer.Footer.Save();
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = Twips(210), Height = Twips(297) },
            new PageMargin { Top = (int)Twips(37), Bottom = (int)Twips(35), Left = Twips(28), Right = Twips(26), Header = Twips(15), Footer = Twips(28), Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });
        if (issue.Draft) section.PrependChild(DraftHeader(main));
        return section;
    }

    /// <summary>草稿, in red in the header of every page: the evaluation is not approved.</summary>
    private static HeaderReference DraftHeader(MainDocumentPart main)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Run(NoticeIssue.DraftMark, HeadingFont, Size3, bold: true, color: Red)));
        header.Header.Save();
        return new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) };
    }

    private static uint Twips(double mm) => (uint)Math.Round(mm * 1440 / 25.4);

    private static void Styles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                    new FontSize { Val = Size3.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = Size3.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    /// <summary>The fonts the document names, each with the name Word falls back to where it is missing.</summary>
    private static void FontTable(MainDocumentPart main)
    {
        var part = main.AddNewPart<FontTablePart>();
        Font Font(string name, string alternate, FontFamilyValues family) => new(new AltName { Val = alternate }, new FontCharSet { Val = "86" }, new FontFamily { Val = family }) { Name = name };
        part.Fonts = new Fonts(
            Font(BodyFont, "仿宋_GB2312", FontFamilyValues.Modern),
            Font(TitleFont, "宋体", FontFamilyValues.Roman),
            Font(HeadingFont, "SimHei", FontFamilyValues.Modern),
            Font("宋体", "SimSun", FontFamilyValues.Roman));
        part.Fonts.Save();
    }

    /// <summary>The opening sentence: the rule set's document (its number in 六角括号) and the assessment year.</summary>
    private static string BasisSentence(NoticeBasis notice, bool evaluated) => evaluated
        ? $"根据{notice.OfficialCitation},市扶贫开发领导小组按附件1量化考评表,在各县市区自评的基础上,依据市直有关部门提供的数据和平时检查、年终考核的情况,对各县市区{notice.Year}年度精准扶贫工作进行了综合评定。现将考核情况通报如下:"
        : $"根据{notice.OfficialCitation},市扶贫开发领导小组按附件1量化考评表,对各县市区{notice.Year}年度精准扶贫工作进行了考核。现将考核情况通报如下:";
}
