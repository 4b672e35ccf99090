using System.Globalization;

using Waymark.Indicators;
using Waymark.Ratings;

namespace Waymark.Web.Performance;

/// <summary>How figures and ratings are written on the pages.</summary>
public static class Display
{
    /// <summary>A value at the indicator's decimals, with thousands separated; empty when there is none.</summary>
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A number as entered, without trailing zeros: <c>1452</c>, <c>0.5</c>.</summary>
    public static string Plain(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A value with its unit: <c>87.4%</c>, <c>48.7 per 1,000</c>.</summary>
    public static string WithUnit(decimal? value, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is null)
        {
            return string.Empty;
        }

        string number = Number(value, indicator.Decimals);
        return indicator.Unit switch
        {
            Unit.Percent => number + "%",
            Unit.RatePer1000 => number + " per 1,000",
            Unit.RatePer10000 => number + " per 10,000",
            Unit.RatePer100000 => number + " per 100,000",
            _ => number,
        };
    }

    /// <summary>The GOV.UK tag colour of a rating.</summary>
    public static string TagClass(Rating rating) => rating switch
    {
        Rating.Red => "govuk-tag govuk-tag--red",
        Rating.Amber => "govuk-tag govuk-tag--orange",
        Rating.Green => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>A rating as a reader sees it, with the reason when there is none.</summary>
    public static string Label(RatingOutcome outcome) =>
        outcome.Reason is { } reason ? $"{outcome.Rating.ToLabel()} ({reason.ToLabel()})" : outcome.Rating.ToLabel();

    public static string PolarityText(Polarity polarity) => polarity switch
    {
        Polarity.Higher => "Higher is better",
        Polarity.Lower => "Lower is better",
        _ => "Data only (no better direction)",
    };
}
