namespace Waymark.Reporting.Content;

/// <summary>England, the council's region and its statistical neighbours for an indicator, each the latest published no later than the report's period.</summary>
public sealed record Comparators(ComparatorValue? England, ComparatorValue? Region, ComparatorValue? Neighbours)
{
    public static Comparators None { get; } = new(null, null, null);
}
