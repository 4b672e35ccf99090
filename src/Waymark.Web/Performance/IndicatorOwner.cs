namespace Waymark.Web.Performance;

/// <summary>A person who owns at least one indicator, as the indicator list's owner filter offers them.</summary>
public sealed record IndicatorOwner(int Id, string Name);
