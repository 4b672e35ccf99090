namespace Waymark.Data.Measures;

/// <summary>An indicator aligned to an improvement priority (its results appear in the priority's tracker).</summary>
public sealed class IndicatorPriority
{
    public int IndicatorId { get; set; }

    public int PriorityId { get; set; }
}
