using Waymark.Data.Exports;
using Waymark.Data.Measures;
using Waymark.Indicators;

namespace Waymark.Data.Files;

/// <summary>
/// A column of <c>indicators.csv</c> and of the <c>indicators</c> export, declared once for both: its name and
/// export width, how the export writes it from a stored indicator, and how the file reader puts its text into an
/// <see cref="IndicatorEntry"/> (none for a column only the export has, such as <c>version</c>).
/// </summary>
public sealed record IndicatorColumn(string Name, int Width, Func<Indicator, ExportCell> Write, Func<IndicatorEntry, string?, IndicatorEntry>? Read = null)
{
    /// <summary>The columns in the order the export writes them; the file's columns may come in any order.</summary>
    public static IReadOnlyList<IndicatorColumn> All { get; } =
    [
        new("code", 12, i => ExportCell.FromText(i.Code), (e, t) => e with { Code = t }),
        new("title", 60, i => ExportCell.FromText(i.Definition.Title), (e, t) => e with { Title = t }),
        new("unit", 16, i => ExportCell.FromText(i.Definition.Unit.ToCode()), (e, t) => e with { Unit = t }),
        new("polarity", 0, i => ExportCell.FromText(i.Definition.Polarity.ToCode()), (e, t) => e with { Polarity = t }),
        new("frequency", 0, i => ExportCell.FromText(i.Definition.Frequency.ToCode()), (e, t) => e with { Frequency = t }),
        new("aggregation", 13, i => ExportCell.FromText(i.Definition.Aggregation.ToCode()), (e, t) => e with { Aggregation = t }),
        new("tolerance", 0, i => ExportCell.FromText(i.Definition.Tolerance.ToString()), (e, t) => e with { Tolerance = t }),
        new("decimals", 0, i => ExportCell.FromNumber(i.Definition.Decimals, 0), (e, t) => e with { Decimals = t }),
        new("year_type", 11, i => ExportCell.FromText(i.Definition.YearType.ToCode()), (e, t) => e with { YearType = t }),
        new("minimum", 0, i => ExportCell.FromNumber(i.Definition.Minimum), (e, t) => e with { Minimum = t }),
        new("maximum", 0, i => ExportCell.FromNumber(i.Definition.Maximum), (e, t) => e with { Maximum = t }),
        new("version", 0, i => ExportCell.FromNumber(i.Version, 0)),
        new("definition", 60, i => ExportCell.FromText(i.Definition.Text), (e, t) => e with { Text = t }),
    ];

    /// <summary>The column as the export heads it.</summary>
    public ExportColumn Export => new(Name, Width);
}
