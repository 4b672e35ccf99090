namespace Waymark.Data.Notices;

/// <summary>
/// One email in the outbox. Its <see cref="Key"/> is unique, so a notice is made once however many runs find it;
/// a sender claims it before sending, so two runners never send it twice; a failed attempt leaves it waiting for
/// <see cref="NextAttemptAt"/>. Written by <see cref="NoticeOutbox"/> without the audit log, as the outbox is the
/// record of what was sent.
/// </summary>
public sealed class Notice
{
    public long Id { get; set; }

    /// <summary>What makes the notice unique, such as <c>reminder:12:3</c> (deadline 12, person 3).</summary>
    public required string Key { get; set; }

    public int UserId { get; set; }

    /// <summary><c>reminder</c>, <c>chase</c>, <c>submitted</c>, <c>returned</c>, <c>agreed</c> or <c>digest</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>pending</c> (to send), <c>held</c> (waiting for the person's daily digest), <c>digested</c> (sent in a digest), <c>sent</c>, or <c>dropped</c> (a reminder or chase whose work was done before it went).</summary>
    public required string State { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    /// <summary>The notice's words before they were written as an email, as JSON, for a digest to gather.</summary>
    public required string Content { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The run that is sending it; another run leaves it alone until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }
}

/// <summary>How a person wants their notices: <c>immediate</c>, <c>digest</c> or <c>off</c>; no row is immediate.</summary>
public sealed class NoticeChoice
{
    public int UserId { get; set; }

    public required string Preference { get; set; }
}
