using System.Text.Json.Nodes;

using Waymark.Reporting.Content;

namespace Waymark.Reporting.Publishing;

/// <summary>What differs between a published report and the same report built from today's data, field by field.</summary>
public static class ReportChanges
{
    /// <summary>
    /// One line per difference, in the order of the report: <c>rating_summary.rows[0].count: 4 -> 5</c>. Lists are
    /// compared item by item, so a row added or removed shows as its fields appearing or disappearing.
    /// </summary>
    public static IReadOnlyList<string> Between(string publishedJson, BoardReport current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var before = Flatten(JsonNode.Parse(publishedJson));
        var after = Flatten(JsonNode.Parse(ReportJson.Serialize(current)));
        var changes = new List<string>();
        foreach ((string path, string value) in after)
        {
            if (!before.TryGetValue(path, out string? old))
            {
                changes.Add($"{path}: (none) -> {value}");
            }
            else if (old != value)
            {
                changes.Add($"{path}: {old} -> {value}");
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => $"{b.Key}: {b.Value} -> (none)"));
        return changes;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, string.Empty, values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", values);
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", values);
                }

                break;
            case null:
                values[path] = "null";
                break;
            default:
                values[path] = node.ToJsonString();
                break;
        }
    }
}
