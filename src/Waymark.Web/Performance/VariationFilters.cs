using System.Diagnostics.CodeAnalysis;

using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>The words of a <see cref="VariationFilter"/> in a query (<c>concern</c>, <c>common_cause</c>) and on a page, and which icons it matches.</summary>
public static class VariationFilters
{
    /// <summary>Every filter, in the order a page offers them.</summary>
    public static IReadOnlyList<VariationFilter> All { get; } =
        [VariationFilter.Concern, VariationFilter.Improvement, VariationFilter.Neither, VariationFilter.CommonCause, VariationFilter.NotShown];

    /// <summary>The words a query may give, for a message: "concern, improvement, neither, common_cause or not_shown".</summary>
    public static string Choices => string.Join(", ", All.Take(All.Count - 1).Select(ToCode)) + " or " + All[^1].ToCode();

    /// <summary>The word for a filter in a query: <c>concern</c>, <c>improvement</c>, <c>neither</c>, <c>common_cause</c> or <c>not_shown</c>.</summary>
    public static string ToCode(this VariationFilter filter) => filter switch
    {
        VariationFilter.Concern => "concern",
        VariationFilter.Improvement => "improvement",
        VariationFilter.Neither => "neither",
        VariationFilter.CommonCause => "common_cause",
        VariationFilter.NotShown => "not_shown",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown variation filter."),
    };

    /// <summary>A filter as a page offers it: "Special cause concern".</summary>
    public static string ToLabel(this VariationFilter filter) => filter switch
    {
        VariationFilter.Concern => "Special cause concern",
        VariationFilter.Improvement => "Special cause improvement",
        VariationFilter.Neither => "Special cause, neither improvement nor concern",
        VariationFilter.CommonCause => "Common cause variation",
        VariationFilter.NotShown => "No variation icon",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown variation filter."),
    };

    /// <summary>Reads a filter's word, without regard to case or surrounding space; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out VariationFilter filter)
    {
        foreach (VariationFilter f in All)
        {
            if (string.Equals(text?.Trim(), f.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                filter = f;
                return true;
            }
        }

        filter = default;
        return false;
    }

    /// <summary>Whether <paramref name="icon"/> is one that <paramref name="filter"/> shows.</summary>
    public static bool Matches(this VariationFilter filter, VariationIcon icon) => filter switch
    {
        VariationFilter.Concern => icon is VariationIcon.ConcernHigh or VariationIcon.ConcernLow,
        VariationFilter.Improvement => icon is VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow,
        VariationFilter.Neither => icon is VariationIcon.NeitherHigh or VariationIcon.NeitherLow,
        VariationFilter.CommonCause => icon == VariationIcon.CommonCause,
        _ => icon == VariationIcon.NotShown,
    };
}
