namespace Waymark.Web.Performance;

/// <summary>What the pagination of a list needs: which page is shown, the address of each page, and the words for it.</summary>
/// <param name="Pages">The pages of the list.</param>
/// <param name="Link">The address of page n, with the list's filters and order.</param>
/// <param name="RangeId">The id of the "Showing 1 to 50 of 120" line.</param>
/// <param name="Noun">What the list holds, in the plural: "indicators".</param>
public sealed record PageLinks(Pagination Pages, Func<int, string> Link, string RangeId, string Noun);
