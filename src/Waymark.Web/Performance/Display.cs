using System.Globalization;

using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Ratings;

namespace Waymark.Web.Performance;

/// <summary>How figures and ratings are written on the pages.</summary>
public static class Display
{
    /// <summary>A value at <paramref name="decimals"/> places, with thousands separated: <see cref="FigureText.Number"/>.</summary>
    public static string Number(decimal? value, int decimals) => FigureText.Number(value, decimals);

    /// <summary>A number as entered, without trailing zeros: <c>1452</c>, <c>0.5</c>.</summary>
    public static string Plain(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A value with its unit, <c>87.4%</c>, <c>14 days</c>, <c>£1,250</c>: <see cref="FigureText.WithUnit(decimal?, IndicatorDefinition)"/>.</summary>
    public static string WithUnit(decimal? value, IndicatorDefinition indicator) => FigureText.WithUnit(value, indicator);

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
