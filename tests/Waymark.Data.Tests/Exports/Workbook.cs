using System.IO.Compression;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

using Waymark.Data.Exports;

namespace Waymark.Data.Tests.Exports;

/// <summary>
/// A workbook written by <see cref="XlsxWorkbookWriter"/>, read back two ways: as the raw XML of its parts (what
/// <c>unzip -p</c> prints) and through the Open XML SDK, which also checks it against the schema.
/// </summary>
internal sealed class Workbook
{
    private readonly byte[] bytes;

    private Workbook(byte[] bytes, long rows)
    {
        this.bytes = bytes;
        Rows = rows;
    }

    public long Rows { get; }

    public static async Task<Workbook> WriteAsync(params ExportTable[] tables)
    {
        using var stream = new MemoryStream();
        long rows = await XlsxWorkbookWriter.WriteAsync(tables, stream);
        return new Workbook(stream.ToArray(), rows);
    }

    internal static async Task<Workbook> WriteAsync(int rowsPerSheet, params ExportTable[] tables)
    {
        using var stream = new MemoryStream();
        long rows = await XlsxWorkbookWriter.WriteAsync(tables, stream, rowsPerSheet, CancellationToken.None);
        return new Workbook(stream.ToArray(), rows);
    }

    public static Workbook Read(string path) => new(File.ReadAllBytes(path), 0);

    /// <summary>The text of a part, such as <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string Part(string path)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"The workbook has no part {path}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public IReadOnlyList<string> PartNames()
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>Opens the workbook with the Open XML SDK.</summary>
    public SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    /// <summary>What the SDK's schema validator finds wrong, one line each.</summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        using SpreadsheetDocument document = Open();
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    public IReadOnlyList<string> SheetNames()
    {
        using SpreadsheetDocument document = Open();
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>The cell at <paramref name="reference"/> on the worksheet named <paramref name="sheet"/>, with its number format.</summary>
    public (Cell? Cell, string? NumberFormat, bool Bold) Cell(string sheet, string reference)
    {
        using SpreadsheetDocument document = Open();
        WorkbookPart workbook = document.WorkbookPart!;
        Sheet entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        var worksheet = (WorksheetPart)workbook.GetPartById(entry.Id!);
        Cell? cell = worksheet.Worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            return (null, null, false);
        }

        Stylesheet styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = (CellFormat)styles.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        uint formatId = format.NumberFormatId?.Value ?? 0;
        string? code = formatId == 0 ? null : styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == formatId)?.FormatCode?.Value ?? formatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var font = (Font)styles.Fonts!.ElementAt((int)(format.FontId?.Value ?? 0));
        return ((Cell)cell.CloneNode(true), code, font.Bold is not null);
    }
}
