using Microsoft.EntityFrameworkCore;

using Waymark.Data.Calendar;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Notices;
using Waymark.Trackers;
using Waymark.Work;

namespace Waymark.Data.Notices;

/// <summary>What one run did.</summary>
/// <param name="Made">Reminders and chases newly put in the outbox.</param>
/// <param name="Digests">Daily digests made.</param>
/// <param name="Sent">Emails sent.</param>
/// <param name="Failed">Attempts that failed, whose notices wait to be tried again.</param>
/// <param name="Error">Why the last attempt failed, when one did.</param>
public sealed record NoticeRunSummary(int Made, int Digests, int Sent, int Failed, string? Error);

/// <summary>
/// One run of the notices: the reminders and chases due today are put in the outbox (each once, by its key), held
/// notices become each person's daily digest once the digest hour has come, and everything due is claimed and
/// sent. The web app's sender and <c>waymark notify --once</c> both run this.
/// </summary>
public static class NoticeRun
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Runs once as <paramref name="runner"/>, a name unique to this process.</summary>
    public static async Task<NoticeRunSummary> RunAsync(
        WaymarkDb db, TimeProvider clock, NoticeSettings settings, Func<INoticeSender> sender, string runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sender);
        DateTimeOffset now = clock.GetUtcNow();
        int made = await AddRemindersAsync(db, now, settings, cancellationToken).ConfigureAwait(false);
        await DropDoneAsync(db, now, cancellationToken).ConfigureAwait(false);
        int digests = await AddDigestsAsync(db, now, settings, cancellationToken).ConfigureAwait(false);
        (int sent, int failed, string? error) = await SendAsync(db, clock, sender, runner, cancellationToken).ConfigureAwait(false);
        return new NoticeRunSummary(made, digests, sent, failed, error);
    }

    /// <summary>Puts today's reminders and chases in the outbox and returns how many were new.</summary>
    public static async Task<int> AddRemindersAsync(WaymarkDb db, DateTimeOffset now, NoticeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        ReminderSchedule schedule = settings.Schedule;
        (DateOnly earliest, DateOnly latest) = schedule.Window(today);
        var deadlines = await (
            from d in db.Deadlines.AsNoTracking()
            join c in db.ReportingCycles.AsNoTracking() on d.CycleId equals c.Id
            where d.Due >= earliest && d.Due <= latest && d.Responsible != null
            orderby d.Due, d.Id
            select new { d.Id, d.CycleId, d.Description, d.Due, d.Responsible, c.Period }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (deadlines.Count == 0)
        {
            return 0;
        }

        Dictionary<int, IReadOnlyList<WorkItem>> outstanding = await OutstandingAsync(
            db, [.. deadlines.Where(d => OutstandingWork.StepsOf(d.Responsible).Count > 0).Select(d => d.CycleId)], cancellationToken).ConfigureAwait(false);

        People people = await People.ReadAsync(db, cancellationToken).ConfigureAwait(false);
        string council = await CouncilAsync(db, settings, cancellationToken).ConfigureAwait(false);
        var calendar = new Uri(settings.SiteAddress, "calendar");
        var due = new List<(string Key, User Person, bool Held, int Deadline, DueNotice Notice)>();
        for (int i = 0; i < deadlines.Count; i++)
        {
            var d = deadlines[i];
            if (schedule.For(d.Due, today) is not { } notice)
            {
                continue;
            }

            foreach (User person in people.Responsible(d.Responsible!))
            {
                NoticePreference preference = people.Preference(person.Id);
                if (preference != NoticePreference.RemindersOff
                    && OutstandingWork.IsStillOwed(d.Responsible, person.Id, outstanding.GetValueOrDefault(d.CycleId) ?? []))
                {
                    due.Add(($"{notice.Occasion}:{d.Id}:{person.Id}", person, preference == NoticePreference.DailyDigest, i, notice));
                }
            }
        }

        // Only the notices not yet made are written, so that a run that finds everything made does little work.
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] chunk in due.Select(x => x.Key).Chunk(500))
        {
            made.UnionWith(await db.Notices.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var items = new List<OutboxItem>();
        var contents = new Dictionary<(int, string), NoticeContent>();
        foreach (var (key, person, held, index, notice) in due.Where(x => !made.Contains(x.Key)))
        {
            var d = deadlines[index];
            if (!contents.TryGetValue((index, notice.Occasion), out NoticeContent? content))
            {
                content = notice.Kind == NoticeKind.Reminder
                    ? NoticeWriter.Reminder(d.Description, d.Period.ToString(), d.Due, notice.DaysLeft, calendar)
                    : NoticeWriter.Chase(d.Description, d.Period.ToString(), d.Due, -notice.DaysLeft, calendar);
                contents[(index, notice.Occasion)] = content;
            }

            items.Add(new OutboxItem(key, person.Id, held, content, NoticeWriter.Write(council, person.Name, content)));
        }

        return await NoticeOutbox.AddAsync(db, items, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Drops from the outbox each reminder and chase, waiting to be sent or held for a digest, whose work is done by
    /// now (<see cref="OutstandingWork.IsStillOwed"/>): the returns entered, the trackers submitted or agreed. Returns
    /// how many were dropped; a notice a runner holds now is left to it.
    /// </summary>
    public static async Task<int> DropDoneAsync(WaymarkDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        string reminder = NoticeKind.Reminder.ToCode(), chase = NoticeKind.Chase.ToCode();
        var waiting = (await db.Notices.AsNoTracking()
                .Where(n => (n.State == NoticeOutbox.Pending || n.State == NoticeOutbox.Held) && (n.Kind == reminder || n.Kind == chase))
                .Select(n => new { n.Id, n.Key, n.UserId })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(n => (n.Id, n.UserId, Deadline: DeadlineOf(n.Key)))
            .Where(n => n.Deadline is not null)
            .ToList();
        if (waiting.Count == 0)
        {
            return 0;
        }

        List<int> deadlineIds = [.. waiting.Select(n => n.Deadline!.Value).Distinct()];
        var deadlines = await db.Deadlines.AsNoTracking()
            .Where(d => deadlineIds.Contains(d.Id))
            .Select(d => new { d.Id, d.CycleId, d.Responsible })
            .ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        Dictionary<int, IReadOnlyList<WorkItem>> outstanding = await OutstandingAsync(
            db, [.. deadlines.Values.Where(d => OutstandingWork.StepsOf(d.Responsible).Count > 0).Select(d => d.CycleId)], cancellationToken).ConfigureAwait(false);
        int dropped = 0;
        foreach (var (id, userId, deadlineId) in waiting)
        {
            if (deadlines.TryGetValue(deadlineId!.Value, out var d)
                && !OutstandingWork.IsStillOwed(d.Responsible, userId, outstanding.GetValueOrDefault(d.CycleId) ?? []))
            {
                dropped += await NoticeOutbox.DropAsync(db, id, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return dropped;
    }

    // A reminder's or chase's key is occasion:deadline:person (see AddRemindersAsync).
    private static int? DeadlineOf(string key)
    {
        string[] parts = key.Split(':');
        return parts.Length == 3 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int id) ? id : null;
    }

    /// <summary>What each of the cycles still waits for, by cycle id: a fixed number of queries for each cycle.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<WorkItem>>> OutstandingAsync(WaymarkDb db, List<int> cycleIds, CancellationToken cancellationToken)
    {
        var outstanding = new Dictionary<int, IReadOnlyList<WorkItem>>();
        if (cycleIds.Count == 0)
        {
            return outstanding;
        }

        List<int> ids = [.. cycleIds.Distinct()];
        foreach (ReportingCycle cycle in await db.ReportingCycles.AsNoTracking().Include(c => c.Deadlines).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            outstanding[cycle.Id] = [.. (await StoredWork.OutstandingAsync(db, cycle, null, cancellationToken).ConfigureAwait(false)).Select(e => e.Item)];
        }

        return outstanding;
    }

    /// <summary>
    /// Puts the notice of a tracker's step in the outbox: a submission goes to the priority's director, a return
    /// (with the director's comment) or an agreement to its accountable officer. Does nothing when the priority
    /// names nobody to tell.
    /// </summary>
    public static async Task<int> AddTrackerStepAsync(WaymarkDb db, int trackerId, int stepId, DateTimeOffset now, NoticeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var step = await (
            from s in db.TrackerSteps.AsNoTracking()
            join t in db.Trackers.AsNoTracking() on s.TrackerId equals t.Id
            join p in db.Priorities.AsNoTracking() on t.PriorityId equals p.Id
            where s.Id == stepId && t.Id == trackerId
            select new { s.State, s.By, s.Comment, t.Period, t.AgreedRating, p.Code, p.Title, p.LeadOfficerId, p.AccountableDirectorId }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (step is null)
        {
            return 0;
        }

        int? to = step.State == TrackerState.Submitted ? step.AccountableDirectorId : step.LeadOfficerId;
        if (to is not int userId || step.State is not (TrackerState.Submitted or TrackerState.Returned or TrackerState.Agreed))
        {
            return 0;
        }

        User? person = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return 0;
        }

        string priority = $"{step.Code} {step.Title}";
        string period = step.Period.ToString();
        var link = new Uri(settings.SiteAddress, $"trackers/{trackerId}");
        NoticeContent content = step.State switch
        {
            TrackerState.Submitted => NoticeWriter.Submitted(priority, period, step.By, link),
            TrackerState.Returned => NoticeWriter.Returned(priority, period, step.By, step.Comment ?? "", link),
            _ => NoticeWriter.Agreed(priority, period, step.By, step.AgreedRating is { } r ? Ratings.RatingCodes.ToLabel(r) : "", link),
        };
        NoticePreference preference = await PreferenceAsync(db, userId, cancellationToken).ConfigureAwait(false);
        string council = await CouncilAsync(db, settings, cancellationToken).ConfigureAwait(false);
        var item = new OutboxItem($"{content.Kind.ToCode()}:{trackerId}:{stepId}", userId, preference == NoticePreference.DailyDigest, content, NoticeWriter.Write(council, person.Name, content));
        return await NoticeOutbox.AddAsync(db, [item], now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts the email with a password reset link in the outbox for <paramref name="person"/>, to go at once whatever their
    /// choice of notices, keyed by the reset so that it is sent once.
    /// </summary>
    public static async Task<int> AddPasswordResetAsync(WaymarkDb db, User person, int resetId, TimeSpan lifetime, string token, DateTimeOffset now, NoticeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(settings);
        var link = new Uri(settings.SiteAddress, "reset-password?token=" + Uri.EscapeDataString(token));
        NoticeContent content = NoticeWriter.PasswordReset(lifetime, link);
        string council = await CouncilAsync(db, settings, cancellationToken).ConfigureAwait(false);
        var item = new OutboxItem($"{content.Kind.ToCode()}:{resetId}", person.Id, false, content, NoticeWriter.Write(council, person.Name, content));
        return await NoticeOutbox.AddAsync(db, [item], now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person's choice of notices; immediate when they have made none.</summary>
    public static async Task<NoticePreference> PreferenceAsync(WaymarkDb db, int userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        string? code = await db.NoticeChoices.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Preference).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return code is not null && NoticeCodes.TryParsePreference(code, out NoticePreference p) ? p : NoticePreference.Immediate;
    }

    private static async Task<int> AddDigestsAsync(WaymarkDb db, DateTimeOffset now, NoticeSettings settings, CancellationToken cancellationToken)
    {
        if (now.UtcDateTime.Hour < settings.DigestHour)
        {
            return 0;
        }

        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        string council = await CouncilAsync(db, settings, cancellationToken).ConfigureAwait(false);
        var names = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken).ConfigureAwait(false);
        return await NoticeOutbox.AddDigestsAsync(
            db,
            today,
            (userId, contents) => names.TryGetValue(userId, out string? name)
                ? new OutboxItem("", userId, false, new NoticeContent(NoticeKind.Digest, "Daily digest", [], "Open Waymark", settings.SiteAddress), NoticeWriter.Digest(council, name, today, contents))
                : null,
            now,
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(int Sent, int Failed, string? Error)> SendAsync(
        WaymarkDb db, TimeProvider clock, Func<INoticeSender> open, string runner, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        string? error = null;
        Dictionary<int, (string Name, string Email)>? people = null;
        INoticeSender? sender = null;
        try
        {
            while (true)
            {
                IReadOnlyList<Notice> batch = await NoticeOutbox.ClaimAsync(db, runner, clock.GetUtcNow(), Lease, 100, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return (sent, failed, error);
                }

                people ??= await db.Users.AsNoTracking().Select(u => new { u.Id, u.Name, u.Email })
                    .ToDictionaryAsync(u => u.Id, u => (u.Name, u.Email), cancellationToken).ConfigureAwait(false);
                bool stop = false;
                foreach (Notice notice in batch)
                {
                    if (stop)
                    {
                        await NoticeOutbox.MarkFailedAsync(db, notice, runner, clock.GetUtcNow(), error!, cancellationToken).ConfigureAwait(false);
                        failed++;
                        continue;
                    }

                    try
                    {
                        if (sender is null)
                        {
                            sender = open();
                            await sender.OpenAsync(cancellationToken).ConfigureAwait(false);
                        }

                        (string name, string email) = people[notice.UserId];
                        await sender.SendAsync(name, email, new NoticeMessage(notice.Subject, notice.TextBody, notice.HtmlBody), cancellationToken).ConfigureAwait(false);
                        await NoticeOutbox.MarkSentAsync(db, notice.Id, runner, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                        sent++;
                    }
                    catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or MailKit.ServiceNotConnectedException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        error = e.Message;
                        failed++;
                        await NoticeOutbox.MarkFailedAsync(db, notice, runner, clock.GetUtcNow(), error, cancellationToken).ConfigureAwait(false);
                        if (e is not MailKit.Net.Smtp.SmtpCommandException)
                        {
                            // The server is down or the connection broke: the rest of the batch waits too.
                            stop = true;
                        }
                    }
                }

                if (stop)
                {
                    return (sent, failed, error);
                }
            }
        }
        finally
        {
            if (sender is not null)
            {
                await sender.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<string> CouncilAsync(WaymarkDb db, NoticeSettings settings, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(settings.CouncilName) ? settings.CouncilName.Trim()
        : await db.Councils.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "Waymark";

    /// <summary>Everyone who can be sent a notice, their roles and their choices, read once for a run.</summary>
    private sealed class People
    {
        private readonly Dictionary<string, List<User>> byRole = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<User>> byName = new(StringComparer.OrdinalIgnoreCase);
        private Dictionary<int, NoticePreference> choices = [];

        public static async Task<People> ReadAsync(WaymarkDb db, CancellationToken cancellationToken)
        {
            var people = new People();
            foreach (User user in await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (UserRole role in user.Roles)
                {
                    Add(people.byRole, role.Role, user);
                }

                Add(people.byName, user.Name, user);
                Add(people.byName, user.Email, user);
            }

            people.choices = (await db.NoticeChoices.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
                .Where(c => NoticeCodes.TryParsePreference(c.Preference, out _))
                .ToDictionary(c => c.UserId, c => NoticeCodes.TryParsePreference(c.Preference, out NoticePreference p) ? p : NoticePreference.Immediate);
            return people;
        }

        /// <summary>Who a deadline's "responsible" names: everyone holding the role, or the person of that name or email.</summary>
        public List<User> Responsible(string responsible)
        {
            string key = responsible.Trim();
            return byRole.TryGetValue(key, out List<User>? holders) ? holders
                : byName.TryGetValue(key, out List<User>? named) ? named
                : [];
        }

        public NoticePreference Preference(int userId) => choices.GetValueOrDefault(userId, NoticePreference.Immediate);

        private static void Add(Dictionary<string, List<User>> map, string key, User user)
        {
            if (!map.TryGetValue(key, out List<User>? list))
            {
                map[key] = list = [];
            }

            if (!list.Contains(user))
            {
                list.Add(user);
            }
        }
    }
}
