using Waymark.Data.Exports;

namespace Waymark.Data.Tests.Exports;

/// <summary>Small tables for the writer tests.</summary>
internal static class Tables
{
    public static ExportTable Of(string name, string[] columns, params ExportCell[][] rows) =>
        new(name, [.. columns.Select(c => new ExportColumn(c))], rows.Select(r => (IReadOnlyList<ExportCell>)r).ToAsyncEnumerable());

    public static ExportCell T(string? text) => ExportCell.FromText(text);

    public static ExportCell N(decimal? value, int decimals) => ExportCell.FromNumber(value, decimals);

    public static ExportCell D(int year, int month, int day) => ExportCell.FromDate(new DateOnly(year, month, day));

    public static ExportCell Empty => ExportCell.Empty;

    public static async Task<string> CsvAsync(ExportTable table)
    {
        var text = new StringWriter();
        await CsvTableWriter.WriteAsync(table, text);
        return text.ToString();
    }

    public static async Task<string> JsonAsync(ExportTable table)
    {
        var text = new StringWriter();
        await JsonTableWriter.WriteAsync(table, text);
        return text.ToString();
    }
}
