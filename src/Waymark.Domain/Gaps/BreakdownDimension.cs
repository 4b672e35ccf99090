namespace Waymark.Gaps;

/// <summary>
/// A way of breaking a measure's results down, such as <c>sen_status</c>: its groups, one of which is the whole
/// population (<see cref="AllGroup"/>). Dimensions and groups are data: a council adds its own.
/// </summary>
public sealed record BreakdownDimension
{
    /// <summary>
    /// A dimension of <paramref name="groups"/>. The codes must be valid and distinct, <paramref name="allGroup"/>
    /// one of them, and every complement another group than itself and not the "all" group; anything else is a
    /// caller's bug.
    /// </summary>
    public BreakdownDimension(string code, string title, string allGroup, IReadOnlyList<BreakdownGroup> groups)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(groups);
        if (!BreakdownCodes.IsValid(code))
        {
            throw new ArgumentException(BreakdownCodes.Problem(code, "dimension's code"), nameof(code));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (BreakdownGroup group in groups)
        {
            if (!BreakdownCodes.IsValid(group.Code) || !codes.Add(group.Code))
            {
                throw new ArgumentException($"'{group.Code}' is not a valid, distinct group code of {code}.", nameof(groups));
            }
        }

        if (!codes.Contains(allGroup))
        {
            throw new ArgumentException($"The all group '{allGroup}' is not a group of {code}.", nameof(allGroup));
        }

        foreach (BreakdownGroup group in groups)
        {
            if (group.Complement is { } complement && (complement == group.Code || complement == allGroup || !codes.Contains(complement)))
            {
                throw new ArgumentException($"The complement '{complement}' of {group.Code} is not another group of {code}.", nameof(groups));
            }
        }

        Code = code;
        Title = title;
        AllGroup = allGroup;
        Groups = groups;
    }

    /// <summary>The dimension's code, such as <c>sen_status</c>.</summary>
    public string Code { get; }

    /// <summary>The dimension as people read it, such as "SEN status".</summary>
    public string Title { get; }

    /// <summary>The code of the group that is everyone, such as <c>all</c>.</summary>
    public string AllGroup { get; }

    /// <summary>The groups, in the order they are shown.</summary>
    public IReadOnlyList<BreakdownGroup> Groups { get; }

    /// <summary>The group with <paramref name="code"/>, or null.</summary>
    public BreakdownGroup? Find(string code) => Groups.FirstOrDefault(g => g.Code == code);
}
