using System.Globalization;

using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Text;

/// <summary>Figures and dates as a report prints them: at the indicator's decimals, with its unit, in British English.</summary>
public static class ReportNumbers
{
    public static string Number(decimal? value, int decimals) => FigureText.Number(value, decimals);

    /// <summary>The value with its unit, the unit given as the files' word (<c>percent</c>), written by <see cref="FigureText.WithUnit(decimal?, Unit, int)"/>.</summary>
    public static string WithUnit(decimal? value, int decimals, string unit) =>
        FigureText.WithUnit(value, IndicatorCodes.TryParseUnit(unit, out Unit u) ? u : Unit.Number, decimals);

    public static string WithUnit(IndicatorLine line, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        return WithUnit(value, line.Decimals, line.Unit);
    }

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : string.Empty;

    public static string Percent(int percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
