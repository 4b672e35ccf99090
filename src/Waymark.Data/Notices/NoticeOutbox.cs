using System.Data.Common;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Waymark.Data.Store;
using Waymark.Notices;

namespace Waymark.Data.Notices;

/// <summary>A notice to put in the outbox.</summary>
/// <param name="Key">What makes it unique: a second item with the same key is not added.</param>
/// <param name="UserId">Who it goes to.</param>
/// <param name="Held">Whether it waits for the person's daily digest rather than going at once.</param>
/// <param name="Content">What it says.</param>
/// <param name="Message">Its words as an email.</param>
public sealed record OutboxItem(string Key, int UserId, bool Held, NoticeContent Content, NoticeMessage Message);

/// <summary>
/// The outbox of notices, written in plain SQL that both engines run: an item is added once (a key already there is
/// skipped), a runner claims what is due by writing its name and a lease on the rows in one statement, so that two
/// runners never hold the same notice, and records each attempt.
/// </summary>
public static class NoticeOutbox
{
    public const string Pending = "pending";

    public const string Held = "held";

    public const string Digested = "digested";

    public const string Sent = "sent";

    /// <summary>A reminder or chase not sent because its work was done before it went.</summary>
    public const string Dropped = "dropped";

    /// <summary>Adds the items whose keys are new, in one transaction, and returns how many were added.</summary>
    public static async Task<int> AddAsync(WaymarkDb db, IReadOnlyCollection<OutboxItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return 0;
        }

        now = now.ToUniversalTime();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using DbCommand insert = Command(db,
                "INSERT INTO notices (key, user_id, kind, state, subject, text_body, html_body, content, attempts, created_at, next_attempt_at) "
                + "VALUES (@key, @user, @kind, @state, @subject, @text, @html, @content, 0, @now, @now) ON CONFLICT (key) DO NOTHING");
            DbParameter key = Parameter(insert, "key", "");
            DbParameter user = Parameter(insert, "user", 0);
            DbParameter kind = Parameter(insert, "kind", "");
            DbParameter state = Parameter(insert, "state", "");
            DbParameter subject = Parameter(insert, "subject", "");
            DbParameter text = Parameter(insert, "text", "");
            DbParameter html = Parameter(insert, "html", "");
            DbParameter content = Parameter(insert, "content", "");
            Parameter(insert, "now", now);
            int added = 0;
            foreach (OutboxItem item in items)
            {
                key.Value = item.Key;
                user.Value = item.UserId;
                kind.Value = item.Content.Kind.ToCode();
                state.Value = item.Held ? Held : Pending;
                subject.Value = item.Message.Subject;
                text.Value = item.Message.Text;
                html.Value = item.Message.Html;
                content.Value = JsonSerializer.Serialize(item.Content);
                added += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return added;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims up to <paramref name="batch"/> pending notices that are due and not held by another runner's live
    /// lease, and returns them. The claim is one statement whose conditions are checked again on each row it
    /// writes, so a row another runner claimed first is skipped.
    /// </summary>
    public static async Task<IReadOnlyList<Notice>> ClaimAsync(WaymarkDb db, string runner, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        now = now.ToUniversalTime();
        const string Free = "state = 'pending' AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)";
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using DbCommand claim = Command(db,
                $"UPDATE notices SET claimed_by = @runner, claimed_until = @until WHERE {Free} AND id IN (SELECT id FROM notices WHERE {Free} ORDER BY next_attempt_at, id LIMIT @batch)");
            Parameter(claim, "runner", runner);
            Parameter(claim, "until", now + lease);
            Parameter(claim, "now", now);
            Parameter(claim, "batch", batch);
            await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return await db.Notices.AsNoTracking().Where(n => n.ClaimedBy == runner && n.State == Pending).OrderBy(n => n.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks a notice waiting to be sent or held for a digest as dropped, unless a runner holds it now; returns 1 when
    /// it was dropped.
    /// </summary>
    public static async Task<int> DropAsync(WaymarkDb db, long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using DbCommand drop = Command(db,
                "UPDATE notices SET state = 'dropped', claimed_by = NULL, claimed_until = NULL WHERE id = @id AND state IN ('pending', 'held') AND (claimed_until IS NULL OR claimed_until < @now)");
            Parameter(drop, "id", id);
            Parameter(drop, "now", now.ToUniversalTime());
            return await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What a password reset's words become once it is sent, so that its link is kept only in the person's mailbox.</summary>
    public const string LinkNotKept = "(sent; the link is not kept)";

    /// <summary>
    /// Records that <paramref name="runner"/> sent the notice. A password reset's subject stays but its words, which
    /// hold the link, are replaced by <see cref="LinkNotKept"/>.
    /// </summary>
    public static Task MarkSentAsync(WaymarkDb db, long id, string runner, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(db,
            "UPDATE notices SET state = 'sent', sent_at = @now, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL, "
            + "text_body = CASE WHEN kind = @reset THEN @gone ELSE text_body END, html_body = CASE WHEN kind = @reset THEN @gone ELSE html_body END, "
            + "content = CASE WHEN kind = @reset THEN '{}' ELSE content END WHERE id = @id AND claimed_by = @runner",
            [("id", id), ("runner", runner), ("now", now.ToUniversalTime()), ("reset", NoticeKind.PasswordReset.ToCode()), ("gone", LinkNotKept)],
            cancellationToken);

    /// <summary>Records a failed attempt: the notice waits by <see cref="RetrySchedule"/> and is released for any runner.</summary>
    public static Task MarkFailedAsync(WaymarkDb db, Notice notice, string runner, DateTimeOffset now, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        int failures = notice.Attempts + 1;
        return ExecuteAsync(db,
            "UPDATE notices SET attempts = @attempts, next_attempt_at = @next, last_error = @error, claimed_by = NULL, claimed_until = NULL WHERE id = @id AND claimed_by = @runner",
            [("id", notice.Id), ("runner", runner), ("attempts", failures), ("next", (now + RetrySchedule.After(failures)).ToUniversalTime()), ("error", error.Length > 500 ? error[..500] : error)],
            cancellationToken);
    }

    /// <summary>
    /// Gathers each person's held notices into one digest notice keyed by the day, and marks them as carried by it,
    /// in one transaction; a person whose digest of that day was already made keeps theirs held for the next day.
    /// </summary>
    public static async Task<int> AddDigestsAsync(WaymarkDb db, DateOnly day, Func<int, IReadOnlyList<NoticeContent>, OutboxItem?> digest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(digest);
        var held = await db.Notices.AsNoTracking().Where(n => n.State == Held).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.UserId, n.Content }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int made = 0;
        foreach (var person in held.GroupBy(n => n.UserId))
        {
            string key = $"digest:{person.Key}:{day:yyyy-MM-dd}";
            if (await db.Notices.AnyAsync(n => n.Key == key, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var contents = person.Select(n => JsonSerializer.Deserialize<NoticeContent>(n.Content)!).ToList();
            if (digest(person.Key, contents) is not { } item)
            {
                continue;
            }

            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                if (await AddInTransactionAsync(db, item with { Key = key }, now, cancellationToken).ConfigureAwait(false) == 1)
                {
                    foreach (var n in person)
                    {
                        await ExecuteInTransactionAsync(db, "UPDATE notices SET state = 'digested', sent_at = NULL WHERE id = @id AND state = 'held'", [("id", n.Id)], cancellationToken).ConfigureAwait(false);
                    }

                    made++;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }

        return made;
    }

    private static async Task<int> AddInTransactionAsync(WaymarkDb db, OutboxItem item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using DbCommand insert = Command(db,
            "INSERT INTO notices (key, user_id, kind, state, subject, text_body, html_body, content, attempts, created_at, next_attempt_at) "
            + "VALUES (@key, @user, @kind, 'pending', @subject, @text, @html, @content, 0, @now, @now) ON CONFLICT (key) DO NOTHING");
        Parameter(insert, "key", item.Key);
        Parameter(insert, "user", item.UserId);
        Parameter(insert, "kind", item.Content.Kind.ToCode());
        Parameter(insert, "subject", item.Message.Subject);
        Parameter(insert, "text", item.Message.Text);
        Parameter(insert, "html", item.Message.Html);
        Parameter(insert, "content", JsonSerializer.Serialize(item.Content));
        Parameter(insert, "now", now.ToUniversalTime());
        return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(WaymarkDb db, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteInTransactionAsync(db, sql, parameters, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExecuteInTransactionAsync(WaymarkDb db, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(db, sql);
        foreach ((string name, object value) in parameters)
        {
            Parameter(command, name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

#pragma warning disable CA2100 // The SQL is this class's own constant text; every value is a parameter.
    private static DbCommand Command(WaymarkDb db, string sql)
    {
        DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
#pragma warning restore CA2100

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
