using Waymark.Gaps;

namespace Waymark.Data.Breakdowns;

/// <summary>A stored way of breaking results down, such as <c>sen_status</c>, with its groups.</summary>
public sealed class Dimension
{
    public int Id { get; set; }

    /// <summary>The code, such as <c>sen_status</c> (see <see cref="BreakdownCodes"/>).</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>The code of the group that is everyone, such as <c>all</c>.</summary>
    public required string AllGroup { get; set; }

    public List<DimensionGroup> Groups { get; } = [];

    /// <summary>The dimension as the gap rules see it, its groups in their order.</summary>
    public BreakdownDimension ToDomain() =>
        new(Code, Title, AllGroup, [.. Groups.OrderBy(g => g.Position).Select(g => new BreakdownGroup(g.Code, g.Title, g.Complement))]);
}
