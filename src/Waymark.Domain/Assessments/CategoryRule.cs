namespace Waymark.Assessments;

/// <summary>
/// One rule of the overall category: the category (<c>4 star</c>) a council earns when every condition holds. Rules
/// are tried in order and the first that holds gives the category; a rule with no conditions always holds.
/// </summary>
public sealed record CategoryRule(string Category, IReadOnlyList<CategoryCondition> Conditions)
{
    /// <summary>Whether every condition holds for <paramref name="scores"/>.</summary>
    public bool Holds(IReadOnlyDictionary<string, int?> scores) => Conditions.All(c => c.Holds(scores));
}
