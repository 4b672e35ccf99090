using System.Globalization;

using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Ratings;

namespace Waymark.Web.Performance;

/// <summary>How ratings, and numbers as entered, are written on the pages; figures for people are written by <see cref="FigureText"/>.</summary>
public static class Display
{
    /// <summary>A number as entered, without trailing zeros: <c>1452</c>, <c>0.5</c>.</summary>
    public static string Plain(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

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
