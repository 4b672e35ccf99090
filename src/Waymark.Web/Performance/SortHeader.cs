namespace Waymark.Web.Performance;

/// <summary>A sortable column's header: its words, the link that sorts by it and its <c>aria-sort</c>.</summary>
public sealed record SortHeader(string Label, string Href, string AriaSort, bool Numeric = false);
