using System.Globalization;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Audit;
using Waymark.Data.Store;

namespace Waymark.Web.Audit;

/// <summary>
/// Reads the audit log for one indicator (its definition, versions, targets, results and recalculation points) or one tracker (the tracker,
/// its key actions and its steps), newest first.
/// </summary>
public static class AuditTrail
{
    public static async Task<IReadOnlyList<AuditLine>> ForIndicatorAsync(WaymarkDb db, int indicatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        string id = indicatorId.ToString(CultureInfo.InvariantCulture);
        Dictionary<string, string> results = (await db.Results.AsNoTracking().Where(r => r.IndicatorId == indicatorId).Select(r => new { r.Id, r.Period }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id.ToString(CultureInfo.InvariantCulture), r => r.Period.Label);
        Dictionary<string, string> targets = (await db.Targets.AsNoTracking().Where(t => t.IndicatorId == indicatorId).Select(t => new { t.Id, t.Period }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id.ToString(CultureInfo.InvariantCulture), t => t.Period.Label);
        List<string> versions = [.. (await db.IndicatorVersions.AsNoTracking().Where(v => v.IndicatorId == indicatorId).Select(v => v.Id).ToListAsync(cancellationToken))
            .Select(v => v.ToString(CultureInfo.InvariantCulture))];
        List<AuditEntry> entries = await ChildEntriesAsync(db, "indicator", id, ["result", "target", "indicator_version", "recalculation_point"], "indicator_id", cancellationToken);
        entries.AddRange(await db.AuditLog.AsNoTracking()
            .Where(a => (a.Entity == "result" && results.Keys.Contains(a.EntityKey))
                || (a.Entity == "target" && targets.Keys.Contains(a.EntityKey))
                || (a.Entity == "indicator_version" && versions.Contains(a.EntityKey)))
            .ToListAsync(cancellationToken));
        return Lines(entries, (entity, key, values) => entity switch
        {
            "indicator" => "Definition",
            "indicator_version" => "Version " + (values.GetValueOrDefault("version") ?? key),
            "result" => "Result for " + (results.GetValueOrDefault(key) ?? Period(values) ?? "a removed period"),
            "target" => "Target for " + (targets.GetValueOrDefault(key) ?? Period(values) ?? "a removed period"),
            "recalculation_point" => "Limits worked out again from " + (Period(values) ?? "a period"),
            _ => entity,
        });
    }

    public static async Task<IReadOnlyList<AuditLine>> ForTrackerAsync(WaymarkDb db, int trackerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        string id = trackerId.ToString(CultureInfo.InvariantCulture);
        List<string> actions = [.. (await db.TrackerActions.AsNoTracking().Where(a => a.TrackerId == trackerId).Select(a => a.Id).ToListAsync(cancellationToken))
            .Select(a => a.ToString(CultureInfo.InvariantCulture))];
        List<string> steps = [.. (await db.TrackerSteps.AsNoTracking().Where(s => s.TrackerId == trackerId).Select(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => s.ToString(CultureInfo.InvariantCulture))];
        List<AuditEntry> entries = await ChildEntriesAsync(db, "tracker", id, ["tracker_action", "tracker_step"], "tracker_id", cancellationToken);
        entries.AddRange(await db.AuditLog.AsNoTracking()
            .Where(a => (a.Entity == "tracker_action" && actions.Contains(a.EntityKey)) || (a.Entity == "tracker_step" && steps.Contains(a.EntityKey)))
            .ToListAsync(cancellationToken));
        return Lines(entries, (entity, key, values) => entity switch
        {
            "tracker" => "Tracker",
            "tracker_action" => "Key action " + (values.GetValueOrDefault("description") ?? key),
            "tracker_step" => "Step " + (values.GetValueOrDefault("state") ?? key),
            _ => entity,
        });
    }

    /// <summary>The entries of the record itself, and those of its children that name it (added or removed ones).</summary>
    private static async Task<List<AuditEntry>> ChildEntriesAsync(
        WaymarkDb db, string entity, string id, string[] children, string parentField, CancellationToken cancellationToken)
    {
        string named = $"\"{parentField}\":\"{id}\"";
        return await db.AuditLog.AsNoTracking()
            .Where(a => (a.Entity == entity && a.EntityKey == id)
                || (children.Contains(a.Entity) && ((a.After != null && a.After.Contains(named)) || (a.Before != null && a.Before.Contains(named)))))
            .ToListAsync(cancellationToken);
    }

    private static List<AuditLine> Lines(List<AuditEntry> entries, Func<string, string, Dictionary<string, string?>, string> what) =>
    [
        .. entries.DistinctBy(e => e.Id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e =>
        {
            Dictionary<string, string?> before = Values(e.Before);
            Dictionary<string, string?> after = Values(e.After);
            var merged = new Dictionary<string, string?>(before);
            foreach ((string k, string? v) in after)
            {
                merged[k] = v;
            }

            List<AuditChange> changes = [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
                .Select(k => new AuditChange(k.Replace('_', ' '), before.GetValueOrDefault(k), after.GetValueOrDefault(k)))];
            return new AuditLine(e.Id, e.At, e.Actor, what(e.Entity, e.EntityKey, merged), e.Action, changes);
        }),
    ];

    private static string? Period(Dictionary<string, string?> values) => values.GetValueOrDefault("period");

    private static Dictionary<string, string?> Values(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
}
