using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// The second writer of each wrong kind of file (issue 23, must-show 1; LibreOffice is the first): files built here
/// to their specifications, not by a spreadsheet program.
/// <list type="bullet">
/// <item>.ods: a zip package as ODF 1.2 part 3 lays it out, mimetype first and stored, META-INF/manifest.xml and a
/// content.xml of one table (as WPS or an ODF library writes one).</item>
/// <item>.xls: a BIFF8 workbook stream (BOF, BOUNDSHEET, a sheet of LABEL and NUMBER records, EOF; [MS-XLS]) in an
/// OLE2 compound file ([MS-CFB] version 3, 512-byte sectors).</item>
/// <item>encrypted: an [MS-OFFCRYPTO] agile-encrypted package's container: a compound file with the streams
/// EncryptionInfo (version 4.4 and its XML descriptor) and EncryptedPackage (the package's size, then its bytes
/// enciphered with AES-256-CBC under a random key, as an encrypting writer stores it).</item>
/// </list>
/// </summary>
internal static class SecondWriters
{
    public static byte[] Ods(string sheet, IReadOnlyList<IReadOnlyList<object>> rows)
    {
        static string Esc(string s) => System.Security.SecurityElement.Escape(s);
        var content = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>""");
        content.Append($"<table:table table:name=\"{Esc(sheet)}\">");
        foreach (var row in rows)
        {
            content.Append("<table:table-row>");
            foreach (var cell in row)
                content.Append(cell is decimal d
                    ? $"<table:table-cell office:value-type=\"float\" office:value=\"{d.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"><text:p>{d}</text:p></table:table-cell>"
                    : $"<table:table-cell office:value-type=\"string\"><text:p>{Esc(cell.ToString()!)}</text:p></table:table-cell>");
            content.Append("</table:table-row>");
        }
        content.Append("</table:table></office:spreadsheet></office:body></office:document-content>");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text, CompressionLevel level)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            // The mimetype first and stored (not deflated), so a program can tell the kind from the file's first bytes.
            Entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            Entry("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>""", CompressionLevel.Optimal);
            Entry("content.xml", content.ToString(), CompressionLevel.Optimal);
        }
        return buffer.ToArray();
    }

    /// <summary>An Excel 97–2003 workbook of one sheet: text cells as LABEL records, numbers as NUMBER records.</summary>
    public static byte[] Xls(string sheet, IReadOnlyList<IReadOnlyList<object>> rows)
    {
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, U16(1200)); // CODEPAGE: UTF-16
        var boundSheetAt = globals.Length;
        var name = Encoding.Unicode.GetBytes(sheet);
        Record(globals, 0x0085, [.. new byte[4], 0, 0, (byte)sheet.Length, 1, .. name]); // BOUNDSHEET8, its offset filled in below
        Record(globals, 0x000A, []);
        var sheetStart = (int)globals.Length;
        var body = new MemoryStream();
        Record(body, 0x0809, Bof(0x0010));
        var width = rows.Max(r => r.Count);
        Record(body, 0x0200, [.. U32(0), .. U32((uint)rows.Count), .. U16(0), .. U16((ushort)width), .. U16(0)]); // DIMENSIONS
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Count; c++)
            {
                byte[] at = [.. U16((ushort)r), .. U16((ushort)c), .. U16(0)];
                if (rows[r][c] is decimal d)
                {
                    var number = new byte[8];
                    BinaryPrimitives.WriteDoubleLittleEndian(number, (double)d);
                    Record(body, 0x0203, [.. at, .. number]);
                }
                else
                {
                    var text = rows[r][c].ToString()!;
                    Record(body, 0x0204, [.. at, .. U16((ushort)text.Length), 1, .. Encoding.Unicode.GetBytes(text)]); // LABEL, UTF-16
                }
            }
        Record(body, 0x000A, []);
        var workbook = globals.ToArray().Concat(body.ToArray()).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(workbook.AsSpan((int)boundSheetAt + 4), (uint)sheetStart);
        return CompoundFile([("Workbook", workbook)]);
    }

    /// <summary>A workbook protected by a password as an encrypting writer stores it: EncryptionInfo and EncryptedPackage.</summary>
    public static byte[] Encrypted(byte[] package)
    {
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var salt = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        // The package in segments of 4096 bytes, each enciphered on its own (the IV from the salt and the segment's number).
        var enciphered = new MemoryStream();
        enciphered.Write(BitConverter.GetBytes((ulong)package.Length));
        for (var (segment, offset) = (0u, 0); offset < package.Length; segment++, offset += 4096)
        {
            var plain = package.AsSpan(offset, Math.Min(4096, package.Length - offset)).ToArray();
            var padded = plain.Concat(new byte[(16 - plain.Length % 16) % 16]).ToArray();
            var iv = System.Security.Cryptography.SHA512.HashData([.. salt, .. BitConverter.GetBytes(segment)])[..16];
            enciphered.Write(aes.EncryptCbc(padded, iv, System.Security.Cryptography.PaddingMode.None));
        }
        var descriptor = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{Convert.ToBase64String(salt)}"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))}"/></keyEncryptor></keyEncryptors></encryption>""";
        byte[] info = [.. U16(4), .. U16(4), .. U32(0x40), .. Encoding.UTF8.GetBytes(descriptor)];
        return CompoundFile([("EncryptionInfo", info), ("EncryptedPackage", enciphered.ToArray())]);
    }

    private static byte[] Bof(ushort kind) => [.. U16(0x0600), .. U16(kind), .. U16(0x0DBB), .. U16(0x07CC), .. U32(0), .. U32(0x06)];

    private static void Record(Stream to, ushort type, byte[] data)
    {
        to.Write(U16(type));
        to.Write(U16((ushort)data.Length));
        to.Write(data);
    }

    private static byte[] U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, v); return b; }

    private static byte[] U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, v); return b; }

    private const uint EndOfChain = 0xFFFFFFFE, FreeSector = 0xFFFFFFFF, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    /// <summary>
    /// A compound file of version 3 ([MS-CFB]): sector 0 the FAT, then the directory, the mini FAT, the mini stream (the
    /// streams under 4096 bytes, in 64-byte mini sectors) and each larger stream's sectors in turn.
    /// </summary>
    public static byte[] CompoundFile(IReadOnlyList<(string Name, byte[] Data)> streams)
    {
        const int sector = 512, mini = 64, cutoff = 4096;
        static byte[] Pad(byte[] data, int unit) => data.Concat(new byte[(unit - data.Length % unit) % unit]).ToArray();
        var directorySectors = (streams.Count + 1 + 3) / 4;
        // The small streams in the mini stream, each from a mini sector of its own.
        var miniFat = new List<uint>();
        var miniStream = new MemoryStream();
        var starts = new uint[streams.Count];
        foreach (var (i, data) in streams.Select((s, i) => (i, s.Data)).Where(s => s.Data.Length < cutoff))
        {
            starts[i] = (uint)miniFat.Count;
            var count = Math.Max(1, (data.Length + mini - 1) / mini);
            for (var k = 0; k < count; k++) miniFat.Add(k == count - 1 ? EndOfChain : (uint)(miniFat.Count + 1));
            miniStream.Write(Pad(data.Length == 0 ? new byte[mini] : data, mini));
        }
        if (miniFat.Count > sector / 4) throw new InvalidOperationException("more mini sectors than one mini FAT sector maps");
        var container = Pad(miniStream.ToArray(), sector);
        var fat = Enumerable.Repeat(FreeSector, sector / 4).ToArray();
        var next = 0;
        uint Chain(int count)
        {
            var first = next;
            for (var k = 0; k < count; k++) fat[next + k] = k == count - 1 ? EndOfChain : (uint)(next + k + 1);
            next += count;
            return count == 0 ? EndOfChain : (uint)first;
        }
        fat[next++] = FatSector;
        var directoryStart = Chain(directorySectors);
        var miniFatStart = miniFat.Count == 0 ? EndOfChain : Chain(1);
        var containerStart = Chain(container.Length / sector);
        var large = new List<byte[]>();
        for (var i = 0; i < streams.Count; i++)
        {
            if (streams[i].Data.Length < cutoff) continue;
            var padded = Pad(streams[i].Data, sector);
            if (next + padded.Length / sector > sector / 4) throw new InvalidOperationException("more sectors than one FAT sector maps");
            starts[i] = Chain(padded.Length / sector);
            large.Add(padded);
        }

        // The directory: the root, its child the middle stream of the streams ordered as [MS-CFB] compares names
        // (shorter first, then by upper case), the others its left and right siblings in a balanced tree.
        var order = Enumerable.Range(0, streams.Count).OrderBy(i => streams[i].Name.Length).ThenBy(i => streams[i].Name.ToUpperInvariant(), StringComparer.Ordinal).ToList();
        var left = new uint[streams.Count + 1];
        var right = new uint[streams.Count + 1];
        Array.Fill(left, NoStream);
        Array.Fill(right, NoStream);
        uint Tree(int from, int to)
        {
            if (from > to) return NoStream;
            var middle = (from + to) / 2;
            var id = (uint)order[middle] + 1;
            left[id] = Tree(from, middle - 1);
            right[id] = Tree(middle + 1, to);
            return id;
        }
        var rootChild = Tree(0, order.Count - 1);
        var directory = new byte[directorySectors * sector];
        void Entry(int index, string name, byte type, uint l, uint r, uint child, uint start, uint size)
        {
            var e = directory.AsSpan(index * 128, 128);
            var n = Encoding.Unicode.GetBytes(name);
            n.CopyTo(e);
            BinaryPrimitives.WriteUInt16LittleEndian(e[64..], (ushort)(n.Length + 2));
            e[66] = type;
            e[67] = 1; // black
            BinaryPrimitives.WriteUInt32LittleEndian(e[68..], l);
            BinaryPrimitives.WriteUInt32LittleEndian(e[72..], r);
            BinaryPrimitives.WriteUInt32LittleEndian(e[76..], child);
            BinaryPrimitives.WriteUInt32LittleEndian(e[116..], start);
            BinaryPrimitives.WriteUInt32LittleEndian(e[120..], size);
        }
        Entry(0, "Root Entry", 5, NoStream, NoStream, rootChild, container.Length == 0 ? EndOfChain : containerStart, (uint)miniStream.Length);
        for (var i = 0; i < streams.Count; i++) Entry(i + 1, streams[i].Name, 2, left[i + 1], right[i + 1], NoStream, starts[i], (uint)streams[i].Data.Length);
        for (var i = streams.Count + 1; i < directorySectors * 4; i++) Entry(i, "", 0, NoStream, NoStream, NoStream, 0, 0);

        var header = new byte[sector];
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(24), 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), 0x0003); // major version 3
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(28), 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(30), 9); // 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(32), 6); // 64-byte mini sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(44), 1); // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(48), directoryStart); // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(56), 4096); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(60), miniFatStart); // the mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(64), miniFat.Count == 0 ? 0u : 1u);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(68), EndOfChain); // no DIFAT sectors
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(76 + i * 4), i == 0 ? 0u : FreeSector);

        var file = new MemoryStream();
        file.Write(header);
        foreach (var f in fat) file.Write(U32(f));
        file.Write(directory);
        if (miniFat.Count > 0)
        {
            var miniFatSector = miniFat.Concat(Enumerable.Repeat(FreeSector, sector / 4 - miniFat.Count));
            foreach (var m in miniFatSector) file.Write(U32(m));
        }
        file.Write(container);
        foreach (var p in large) file.Write(p);
        return file.ToArray();
    }
}
