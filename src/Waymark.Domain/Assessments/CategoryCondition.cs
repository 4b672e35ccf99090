using System.Globalization;
using System.Text.RegularExpressions;

namespace Waymark.Assessments;

/// <summary>
/// One condition of a category rule, written as a person reads it: <c>Corporate Assessment at least 3</c>,
/// <c>no block below 2</c>, or <c>3 blocks at least 3</c>. A block without a score fails every condition that
/// names it, and counts as below any value for <c>no block below</c>.
/// </summary>
public sealed partial record CategoryCondition(CategoryConditionKind Kind, string? Block, int Count, int Score)
{
    /// <summary>Reads <paramref name="text"/>, or says why it cannot.</summary>
    public static bool TryParse(string text, out CategoryCondition? condition, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        condition = null;
        problem = null;
        string trimmed = text.Trim();
        Match match;
        if ((match = NoBlockBelowText().Match(trimmed)).Success)
        {
            condition = new(CategoryConditionKind.NoBlockBelow, null, 0, Number(match, "score"));
        }
        else if ((match = BlocksAtLeastText().Match(trimmed)).Success)
        {
            condition = new(CategoryConditionKind.BlocksAtLeast, null, Number(match, "count"), Number(match, "score"));
        }
        else if ((match = BlockAtLeastText().Match(trimmed)).Success)
        {
            condition = new(CategoryConditionKind.BlockAtLeast, match.Groups["block"].Value.Trim(), 0, Number(match, "score"));
        }
        else
        {
            problem = $"\"{trimmed}\" is not a condition: write \"BLOCK at least N\", \"no block below N\" or \"N blocks at least M\"";
        }

        return condition is not null;
    }

    /// <summary>Whether the condition holds for <paramref name="scores"/> (each block's score, null when it has none).</summary>
    public bool Holds(IReadOnlyDictionary<string, int?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Kind switch
        {
            CategoryConditionKind.BlockAtLeast => scores.TryGetValue(Block!, out int? score) && score >= Score,
            CategoryConditionKind.NoBlockBelow => scores.Values.All(s => s >= Score),
            CategoryConditionKind.BlocksAtLeast => scores.Values.Count(s => s >= Score) >= Count,
            _ => false,
        };
    }

    /// <summary>The condition as it is written.</summary>
    public override string ToString() => Kind switch
    {
        CategoryConditionKind.BlockAtLeast => string.Create(CultureInfo.InvariantCulture, $"{Block} at least {Score}"),
        CategoryConditionKind.NoBlockBelow => string.Create(CultureInfo.InvariantCulture, $"no block below {Score}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Count} blocks at least {Score}"),
    };

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^no block below (?<score>[0-9]{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoBlockBelowText();

    [GeneratedRegex(@"^(?<count>[0-9]{1,3}) blocks? at least (?<score>[0-9]{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlocksAtLeastText();

    [GeneratedRegex(@"^(?<block>.+?) at least (?<score>[0-9]{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockAtLeastText();
}
