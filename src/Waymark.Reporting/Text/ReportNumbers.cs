using System.Globalization;

using Waymark.Reporting.Content;

namespace Waymark.Reporting.Text;

/// <summary>Figures and dates as a report prints them: at the indicator's decimals, with its unit, in British English.</summary>
public static class ReportNumbers
{
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : string.Empty;

    public static string WithUnit(decimal? value, int decimals, string unit)
    {
        if (value is null)
        {
            return string.Empty;
        }

        string number = Number(value, decimals);
        return unit switch
        {
            "percent" => number + "%",
            "rate_per_1000" => number + " per 1,000",
            "rate_per_10000" => number + " per 10,000",
            "rate_per_100000" => number + " per 100,000",
            "days" => number + " days",
            "currency" => "£" + number,
            _ => number,
        };
    }

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
