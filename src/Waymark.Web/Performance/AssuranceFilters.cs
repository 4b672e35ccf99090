using System.Diagnostics.CodeAnalysis;

using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>
/// Which indicators a list shows by the assurance icon of their chart, in a query by the icon's word
/// (<c>fail</c>, <c>hit_or_miss</c>, <c>pass</c>, <c>not_shown</c>, from <see cref="VariationCodes"/>).
/// </summary>
public static class AssuranceFilters
{
    /// <summary>Every icon a list can be filtered by, in the order a page offers them: the ones that need attention first.</summary>
    public static IReadOnlyList<AssuranceIcon> All { get; } =
        [AssuranceIcon.ConsistentlyFails, AssuranceIcon.HitOrMiss, AssuranceIcon.ConsistentlyPasses, AssuranceIcon.NotShown];

    /// <summary>Reads an icon's word, without regard to case or surrounding space; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssuranceIcon icon)
    {
        foreach (AssuranceIcon a in All)
        {
            if (string.Equals(text?.Trim(), a.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                icon = a;
                return true;
            }
        }

        icon = default;
        return false;
    }

    /// <summary>What is wrong with <paramref name="text"/> as an assurance filter, or null when it is empty or one of the choices.</summary>
    public static string? Problem(string? text) =>
        string.IsNullOrWhiteSpace(text) || TryParse(text, out _) ? null : $"Choose an assurance from the list: '{text.Trim()}' is not one of them";

    /// <summary>What is wrong with <paramref name="text"/> as a variation filter (<see cref="VariationFilters"/>), or null when it is empty or one of the choices.</summary>
    public static string? VariationProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) || VariationFilters.TryParse(text, out _) ? null : $"Choose a variation from the list: '{text.Trim()}' is not one of them";
}
