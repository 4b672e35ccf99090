namespace Waymark.Web.Audit;

/// <summary>One entry of an audit trail as a person reads it: who, when, what, and each field before and after.</summary>
public sealed record AuditLine(long Id, DateTimeOffset At, string Actor, string What, string Action, IReadOnlyList<AuditChange> Changes);
