using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

using Waymark.Texts;

namespace Waymark.Data.Exports;

/// <summary>
/// Writes tables as an Excel workbook (.xlsx), one worksheet per table: a bold header row that stays in view
/// (the pane is frozen below row 1), columns as wide as the table asks, numbers stored as numbers with a format that
/// shows their decimals (<c>0.0</c>), dates as dates, text as inline strings and nothing as no cell. A table longer
/// than a worksheet allows (1,048,575 rows under the header) carries on in worksheets named <c>results (2)</c>,
/// <c>results (3)</c>, each with its own header. A text longer than a cell holds (32,767 characters) is cut short,
/// and characters XML cannot carry are replaced by U+FFFD.
/// </summary>
/// <remarks>
/// The package is written forward only, straight into a zip archive, and every row goes out as it is read, so memory
/// does not grow with the number of rows. (The Open XML SDK's own packages buffer each part whole in memory on .NET,
/// so only its element types and <see cref="OpenXmlWriter"/> are used; see docs/adr/0004.)
/// </remarks>
public static class XlsxWorkbookWriter
{
    /// <summary>The most rows a worksheet holds, its header included.</summary>
    public const int MaxRowsPerSheet = 1_048_576;

    /// <summary>The most characters a cell holds.</summary>
    public const int MaxCellText = 32_767;

    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string SpreadsheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="tables"/> to <paramref name="stream"/> and returns how many rows it wrote in all.</summary>
    /// <param name="tables">The tables, one worksheet each; their names must differ.</param>
    /// <param name="stream">Where the workbook goes; it is left open.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public static Task<long> WriteAsync(IReadOnlyList<ExportTable> tables, Stream stream, CancellationToken cancellationToken = default) =>
        WriteAsync(tables, stream, MaxRowsPerSheet, cancellationToken);

    /// <summary>As <see cref="WriteAsync(IReadOnlyList{ExportTable}, Stream, CancellationToken)"/>, with a smaller worksheet for tests.</summary>
    internal static async Task<long> WriteAsync(IReadOnlyList<ExportTable> tables, Stream stream, int rowsPerSheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerSheet, MaxRowsPerSheet);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        }

        if (tables.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tables.Count)
        {
            throw new ArgumentException("The tables' names must differ: each names a worksheet.", nameof(tables));
        }

        var styles = new XlsxStyles();
        var sheetNames = new List<string>();
        long rows = 0;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ExportTable table in tables)
            {
                await using IAsyncEnumerator<IReadOnlyList<ExportCell>> reader = table.Rows.GetAsyncEnumerator(cancellationToken);
                bool more = await reader.MoveNextAsync().ConfigureAwait(false);
                long tableRows = 0;
                int part = 0;
                do
                {
                    sheetNames.Add(SheetName(table.Name, ++part, tables, sheetNames));
                    using Stream entry = zip.CreateEntry($"xl/worksheets/sheet{sheetNames.Count}.xml", CompressionLevel.Optimal).Open();
                    using var sheet = new XlsxSheetWriter(entry, table.Columns, styles, selected: sheetNames.Count == 1);
                    for (int row = 2; more && row <= rowsPerSheet; row++)
                    {
                        table.CheckRow(reader.Current, ++tableRows);
                        sheet.WriteRow(reader.Current);
                        more = await reader.MoveNextAsync().ConfigureAwait(false);
                    }

                    sheet.Finish();
                }
                while (more);

                rows += tableRows;
            }

            WritePart(zip, "xl/styles.xml", styles.ToStylesheet());
            WritePart(zip, "xl/workbook.xml", Workbook(sheetNames));
            WriteXml(zip, "xl/_rels/workbook.xml.rels", xml => Relationships(
                xml,
                [
                    .. sheetNames.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml")),
                    ($"rId{sheetNames.Count + 1}", "styles", "styles.xml"),
                ]));
            WriteXml(zip, "_rels/.rels", xml => Relationships(xml, [("rId1", "officeDocument", "xl/workbook.xml")]));
            WriteXml(zip, "[Content_Types].xml", xml => ContentTypes(xml, sheetNames.Count));
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    // The first worksheet of a table has its name; the next ones "results (2)", "results (3)", cut to fit 31 characters.
    private static string SheetName(string tableName, int part, IReadOnlyList<ExportTable> tables, List<string> used)
    {
        if (part == 1)
        {
            return tableName;
        }

        for (int n = part; ; n++)
        {
            string suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            string name = tableName[..Math.Min(tableName.Length, ExportTable.MaxNameLength - suffix.Length)] + suffix;
            if (!tables.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                && !used.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return name;
            }
        }
    }

    /// <summary>The text cut to what a cell holds, with characters XML cannot carry replaced as <see cref="PlainText.Writable"/> says.</summary>
    internal static string XmlSafe(string text)
    {
        string cut = text;
        if (cut.Length > MaxCellText)
        {
            cut = char.IsHighSurrogate(cut[MaxCellText - 1]) ? cut[..(MaxCellText - 1)] : cut[..MaxCellText];
        }

        return PlainText.Writable(cut);
    }

    private static Workbook Workbook(List<string> sheetNames)
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(sheetNames.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" })));
        workbook.AddNamespaceDeclaration("r", RelationshipNamespace);
        return workbook;
    }

    private static void WritePart(ZipArchive zip, string path, OpenXmlElement root)
    {
        using Stream part = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using OpenXmlWriter writer = OpenXmlWriter.Create(part, Utf8);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }

    private static void WriteXml(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using Stream part = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = Utf8 });
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Relationships(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", PackageRelationshipNamespace);
        foreach ((string id, string type, string target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationshipNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", $"{RelationshipNamespace}/{type}");
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void ContentTypes(XmlWriter xml, int sheets)
    {
        xml.WriteStartElement("Types", ContentTypesNamespace);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", SpreadsheetContentType + "sheet.main+xml");
        Override(xml, "/xl/styles.xml", SpreadsheetContentType + "styles+xml");
        for (int i = 1; i <= sheets; i++)
        {
            Override(xml, $"/xl/worksheets/sheet{i}.xml", SpreadsheetContentType + "worksheet+xml");
        }

        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string contentType)
        {
            xml.WriteStartElement("Default", ContentTypesNamespace);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string partName, string contentType)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", partName);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
    }
}
