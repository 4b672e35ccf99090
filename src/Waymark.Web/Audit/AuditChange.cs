namespace Waymark.Web.Audit;

/// <summary>One field of an audited change: its value before and after (empty when there was none).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
