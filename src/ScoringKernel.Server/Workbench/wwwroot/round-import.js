// A figures workbook (or an evaluation file) into the year's round: read first, every problem shown at its sheet and
// cell; then what would change, unit by unit and figure by figure, against what the round holds; written only when the
// clerk confirms, in one transaction (ImportRound: all of it or nothing). The API has no dry run of an import: the
// preview is the page's comparison of the file as read (ReadFiguresWorkbook) with the round's self-evaluations.
import { h, labelled, table, button, fileToBase64 } from "./dom.js";
import { call, problemsOf, problemTable, issuesOf } from "./api.js";
import { state, getFigure, shown } from "./data.js";
import { feedback, act } from "./round-act.js";
import { downloads } from "./downloads.js";

/** Each figure that differs between the round's self-evaluation of a unit and the file's: [unit, label, now, then]. */
function differences(round, units) {
  const rows = [];
  for (const next of units) {
    const u = round.units.find(x => x.unitCode === next.unitCode);
    const now = u?.selfEvaluation?.figures;
    const name = u?.unitName || next.unitCode;
    if (!now) { rows.push([name, "自评", "未交", "首次报送"]); continue; }
    for (const info of state.catalog.figureFields) {
      const a = getFigure(now, info), b = getFigure(next, info);
      if (a !== b) rows.push([name, info.label, shown(info, a), shown(info, b)]);
    }
    const va = now.villageAssistance?.villages || [], vb = next.villageAssistance?.villages || [];
    if (JSON.stringify(va) !== JSON.stringify(vb)) rows.push([name, "贫困村", `${va.length} 个村`, `${vb.length} 个村(有改动)`]);
  }
  return rows;
}

export function roundImport(round, editable = true) {
  const year = round.year;
  const area = h("div", { id: "import-preview" });
  // While submissions are closed or the round is approved, no file is offered for import (the server would refuse it).
  const upload = h("input", { type: "file", accept: ".xlsx,.json", disabled: editable ? null : "" });
  upload.addEventListener("change", async () => {
    const file = upload.files[0];
    if (!file) return;
    area.replaceChildren(h("p", {}, `正在读取 ${file.name}……`));
    let units, body, warnings = [];
    try {
      if (file.name.toLowerCase().endsWith(".xlsx")) {
        const workbook = await fileToBase64(file);
        const read = await call("/v1/workbooks:readFigures", { body: { workbook } });
        units = read.request.units || [];
        warnings = read.warnings || [];
        body = { year, figuresWorkbook: workbook };
      } else {
        const evaluation = JSON.parse(await file.text());
        units = (evaluation.submissions || []).map(s => s.selfEvaluation);
        body = { year, evaluation };
      }
    } catch (e) {
      const all = e instanceof SyntaxError ? [{ unit: "", column: "", cell: "", reason: "文件内容无法读取:不是填报工作簿或综合评定文件" }] : problemsOf(e);
      area.replaceChildren(problemTable(`${file.name}:共 ${all.length} 处问题,未导入。请在工作簿中改正后重新选择文件`, all));
      upload.value = "";
      return;
    }
    const rows = differences(round, units);
    area.replaceChildren(...[
      h("p", {}, `${file.name}:${units.length} 个单位。导入后将有以下改动(共 ${rows.length} 项),尚未写入:`),
      rows.length ? table("导入前后对比", ["单位", "指标", "现值", "导入后"], rows.map(r => h("tr", {}, r.map((x, i) => h("td", { class: i === 1 ? "text" : null }, x)))), { class: "preview" })
        : h("p", {}, "与本年度已报送的数据相同,导入不会产生改动。"),
      warnings.length ? problemTable(`${file.name} 的提示(不影响导入)`, issuesOf(warnings)) : null,
      act("import", "确认导入", async () => {
        const answer = await call("/v1/rounds:import", { body });
        return `${file.name} 已导入本年度考核(${units.length} 个单位,${rows.length} 项改动)`;
      }),
      button("不导入", () => { area.replaceChildren(); upload.value = ""; })].filter(Boolean));
  });
  return h("section", { class: "round-step", id: "round-import" }, h("h3", {}, "导入填报工作簿"),
    h("p", { class: "hint" }, "选择各单位的指标填报工作簿(.xlsx)或综合评定文件;先显示问题或导入后的改动,确认后一次写入,有问题时一项也不写入。"),
    h("p", {}, "还没有填报工作簿?", downloads(["template"])),
    labelled("填报工作簿", upload), area, feedback("import"));
}
