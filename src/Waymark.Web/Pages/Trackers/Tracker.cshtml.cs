using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Ratings;
using Waymark.Trackers;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Trackers;

/// <summary>
/// One action tracker: the accountable officer completes and submits it; the director agrees it, with the proposed
/// rating or, giving a reason, another, which locks it, or returns it with a comment. The rules are
/// <see cref="TrackerSignOff"/>'s; every step is kept as the tracker's history.
/// </summary>
public sealed class TrackerModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    [BindProperty]
    public string? ProposedRating { get; set; }

    [BindProperty]
    public string? Direction { get; set; }

    [BindProperty]
    public string? ContextualUpdate { get; set; }

    [BindProperty]
    public string? ChallengesAndRisks { get; set; }

    [BindProperty]
    public List<string?> Progress { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? AgreedRating { get; set; }

    [BindProperty]
    public string? AmendmentReason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Tracker Tracker { get; private set; } = null!;

    public Priority Priority { get; private set; } = null!;

    public IReadOnlyList<EvaluatedIndicator> Indicators { get; private set; } = [];

    public bool CanComplete { get; private set; }

    public bool CanContribute { get; private set; }

    public bool CanSignOff { get; private set; }

    public bool CanReadAudit { get; private set; }

    public bool Editable => (CanComplete || CanContribute) && TrackerSignOff.CanEdit(TrackerParty.Officer, Tracker.State);

    public bool Decidable => CanSignOff && TrackerSignOff.CanEdit(TrackerParty.Director, Tracker.State);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillFromTracker();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => CompleteAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => CompleteAsync(id, submit: true, cancellationToken);

    public Task<IActionResult> OnPostAgreeAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, SignOffAction.Agree, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, SignOffAction.Return, cancellationToken);

    private async Task<IActionResult> CompleteAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanComplete && (submit || !CanContribute))
        {
            return Forbid();
        }

        SignOffAction action = submit ? SignOffAction.Submit : SignOffAction.Save;
        if (!TrackerSignOff.IsAllowed(action, Tracker.State) || Version != Tracker.ConcurrencyVersion)
        {
            return Stale();
        }

        TrackerContent.TryRead(ProposedRating, Direction, ContextualUpdate, out TrackerContent content, out IReadOnlyList<TrackerError> wordErrors);
        AddErrors(wordErrors);
        if (submit)
        {
            AddErrors(TrackerSignOff.CheckSubmission(content).Where(e => FieldError(Key(e.Field)) is null));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Tracker.ProposedRating = content.ProposedRating;
        Tracker.Direction = content.Direction;
        Tracker.ContextualUpdate = content.ContextualUpdate;
        Tracker.ChallengesAndRisks = Trimmed(ChallengesAndRisks);
        List<TrackerAction> actions = [.. Tracker.Actions.OrderBy(a => a.Position)];
        for (int i = 0; i < actions.Count && i < Progress.Count; i++)
        {
            actions[i].Progress = Trimmed(Progress[i]);
        }

        Tracker.State = TrackerSignOff.After(action, Tracker.State);
        if (submit)
        {
            Tracker.Steps.Add(new TrackerStep { State = Tracker.State, By = ActorName(), At = clock.GetUtcNow() });
        }

        return await SaveAsync(id, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, SignOffAction action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanSignOff)
        {
            return Forbid();
        }

        if (!TrackerSignOff.IsAllowed(action, Tracker.State) || Version != Tracker.ConcurrencyVersion)
        {
            return Stale();
        }

        string? comment = Trimmed(Comment);
        if (action == SignOffAction.Return)
        {
            AddErrors(TrackerSignOff.CheckReturn(comment));
        }
        else
        {
            Rating proposed = Tracker.ProposedRating ?? throw new InvalidOperationException($"Submitted tracker {Tracker.Id} has no proposed rating.");
            Rating? agreed = null;
            if (!string.IsNullOrWhiteSpace(AgreedRating))
            {
                if (TrackerCodes.TryParseRating(AgreedRating, out Rating chosen))
                {
                    agreed = chosen;
                }
                else
                {
                    AddError(nameof(AgreedRating), "agreed-rating", "Select red, amber or green");
                }
            }

            TrackerAgreement agreement = TrackerAgreement.For(proposed, agreed, AmendmentReason);
            AddErrors(TrackerSignOff.CheckAgreement(agreement));
            if (ModelState.IsValid)
            {
                Tracker.AgreedRating = agreement.Agreed;
                Tracker.AmendmentReason = agreement.Reason;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Tracker.State = TrackerSignOff.After(action, Tracker.State);
        Tracker.Steps.Add(new TrackerStep { State = Tracker.State, By = ActorName(), At = clock.GetUtcNow(), Comment = action == SignOffAction.Return ? comment : null });
        return await SaveAsync(id, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, CancellationToken cancellationToken)
    {
        List<TrackerStep> steps = [.. db.ChangeTracker.Entries<TrackerStep>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Stale();
        }

        await HttpContext.RequestServices.GetRequiredService<Notices.WebNotices>().AddTrackerStepsAsync(id, steps.Select(s => s.Id), cancellationToken);
        return RedirectToPage("/Trackers/Tracker", new { id });
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Stale()
    {
        string message = TrackerSignOff.IsLocked(Tracker.State)
            ? "This tracker has been agreed and can no longer be changed"
            : $"This tracker changed while you had it open: it is now {Tracker.State.ToLabel().ToLowerInvariant()}. Your changes have not been saved";
        AddError(nameof(Version), "tracker-state", message);
        Version = Tracker.ConcurrencyVersion;
        ModelState.Remove(nameof(Version));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Tracker? tracker = await db.Trackers.Include(t => t.Actions).Include(t => t.Steps).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tracker is null)
        {
            return false;
        }

        Tracker = tracker;
        Priority = await db.Priorities.AsNoTracking().Include(p => p.Contributors).FirstAsync(p => p.Id == tracker.PriorityId, cancellationToken);
        CanComplete = Permissions.CanCompleteTracker(User, Priority);
        CanContribute = Permissions.CanContributeToTracker(User, Priority);
        CanReadAudit = Permissions.CanReadTrackerAudit(User, Priority);
        CanSignOff = Permissions.CanSignOffTracker(User, Priority);
        List<int> aligned = await db.IndicatorPriorities.AsNoTracking().Where(x => x.PriorityId == Priority.Id).Select(x => x.IndicatorId).ToListAsync(cancellationToken);
        Indicators = aligned.Count == 0 ? [] : await Evaluations.ForPeriodAsync(db, tracker.Period, aligned, cancellationToken);
        return true;
    }

    private void FillFromTracker()
    {
        ProposedRating = Tracker.ProposedRating?.ToCode();
        Direction = Tracker.Direction?.ToCode();
        AgreedRating = (Tracker.AgreedRating ?? Tracker.ProposedRating)?.ToCode();
        AmendmentReason = Tracker.AmendmentReason;
        ContextualUpdate = Tracker.ContextualUpdate;
        ChallengesAndRisks = Tracker.ChallengesAndRisks;
        Progress = [.. Tracker.Actions.OrderBy(a => a.Position).Select(a => a.Progress)];
        Version = Tracker.ConcurrencyVersion;
    }

    protected override (string Label, string FieldId) Describe(string key) =>
        key == nameof(ChallengesAndRisks) ? ("Challenges and risks", "challenges") : base.Describe(key);

    private void AddErrors(IEnumerable<TrackerError> errors)
    {
        foreach (TrackerError error in errors)
        {
            AddError(Key(error.Field), FieldId(error.Field), error.Message);
        }
    }

    private static string Key(TrackerField field) => field switch
    {
        TrackerField.ProposedRating => nameof(ProposedRating),
        TrackerField.Direction => nameof(Direction),
        TrackerField.ContextualUpdate => nameof(ContextualUpdate),
        TrackerField.Comment => nameof(Comment),
        TrackerField.AgreedRating => nameof(AgreedRating),
        TrackerField.AmendmentReason => nameof(AmendmentReason),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "The tracker page has no such field."),
    };

    private static string FieldId(TrackerField field) => field switch
    {
        TrackerField.ProposedRating => "proposed-rating",
        TrackerField.Direction => "direction",
        TrackerField.ContextualUpdate => "contextual-update",
        TrackerField.Comment => "comment",
        TrackerField.AgreedRating => "agreed-rating",
        TrackerField.AmendmentReason => "amendment-reason",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "The tracker page has no such field."),
    };

    private string ActorName() => User.FindFirst(WaymarkClaimsFactory.FullNameClaim)?.Value ?? User.Identity?.Name ?? "web";

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
