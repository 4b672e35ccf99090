namespace Waymark.Data.Audit;

/// <summary>One change to the store: who, when, what, and the values before and after (as JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary>The kind of record: <c>result</c>, <c>target</c>, <c>indicator</c>, <c>tracker</c>, <c>import</c>, ...</summary>
    public required string Entity { get; set; }

    /// <summary>What identifies the record to a person, such as <c>NI 66 2010/11 Q3</c>.</summary>
    public required string EntityKey { get; set; }

    /// <summary><c>added</c>, <c>changed</c>, <c>removed</c> or <c>imported</c>.</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
