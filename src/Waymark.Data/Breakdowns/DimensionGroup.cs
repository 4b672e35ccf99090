namespace Waymark.Data.Breakdowns;

/// <summary>A group of a <see cref="Dimension"/>, such as <c>ehcp</c>, and the group it is set against.</summary>
public sealed class DimensionGroup
{
    public int Id { get; set; }

    public int DimensionId { get; set; }

    /// <summary>The code, such as <c>ehcp</c>, unique within its dimension.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>The code of the group of the same dimension it is set against, such as <c>no_sen</c>.</summary>
    public string? Complement { get; set; }

    /// <summary>Where the group comes in its dimension's list, from 1.</summary>
    public int Position { get; set; }
}
