using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Trackers;

/// <summary>
/// One action tracker: the accountable officer completes and submits it; the director agrees it, which locks it,
/// or returns it with a comment. Every step is kept as the tracker's history.
/// </summary>
public sealed class TrackerModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    private static readonly string[] RatingWords = ["red", "amber", "green"];
    private static readonly string[] DirectionWords = ["improving", "static", "deteriorating"];

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
    public int Version { get; set; }

    public Tracker Tracker { get; private set; } = null!;

    public Priority Priority { get; private set; } = null!;

    public IReadOnlyList<EvaluatedIndicator> Indicators { get; private set; } = [];

    public bool CanComplete { get; private set; }

    public bool CanContribute { get; private set; }

    public bool CanSignOff { get; private set; }

    public bool CanReadAudit { get; private set; }

    public bool Editable => (CanComplete || CanContribute) && TrackerStates.CanEdit(Tracker.State);

    public bool Decidable => CanSignOff && Tracker.State == TrackerStates.Submitted;

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

    public Task<IActionResult> OnPostAgreeAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, agree: true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, agree: false, cancellationToken);

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

        if (!TrackerStates.CanEdit(Tracker.State) || Version != Tracker.ConcurrencyVersion)
        {
            return Stale();
        }

        if (ProposedRating is not null && !RatingWords.Contains(ProposedRating))
        {
            AddError(nameof(ProposedRating), "proposed-rating", "Select red, amber or green");
        }

        if (Direction is not null && !DirectionWords.Contains(Direction))
        {
            AddError(nameof(Direction), "direction", "Select improving, static or deteriorating");
        }

        if (submit)
        {
            if (ProposedRating is null)
            {
                AddError(nameof(ProposedRating), "proposed-rating", "Select the overall rating you propose");
            }

            if (Direction is null)
            {
                AddError(nameof(Direction), "direction", "Select the direction of travel");
            }

            if (string.IsNullOrWhiteSpace(ContextualUpdate))
            {
                AddError(nameof(ContextualUpdate), "contextual-update", "Enter the contextual update");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Tracker.ProposedRating = ProposedRating;
        Tracker.Direction = Direction;
        Tracker.ContextualUpdate = Trimmed(ContextualUpdate);
        Tracker.ChallengesAndRisks = Trimmed(ChallengesAndRisks);
        List<TrackerAction> actions = [.. Tracker.Actions.OrderBy(a => a.Position)];
        for (int i = 0; i < actions.Count && i < Progress.Count; i++)
        {
            actions[i].Progress = Trimmed(Progress[i]);
        }

        if (submit)
        {
            Tracker.State = TrackerStates.Submitted;
            Tracker.Steps.Add(new TrackerStep { State = TrackerStates.Submitted, By = ActorName(), At = clock.GetUtcNow() });
        }

        return await SaveAsync(id, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, bool agree, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanSignOff)
        {
            return Forbid();
        }

        if (Tracker.State != TrackerStates.Submitted || Version != Tracker.ConcurrencyVersion)
        {
            return Stale();
        }

        string? comment = Trimmed(Comment);
        if (!agree && comment is null)
        {
            AddError(nameof(Comment), "comment", "Enter a comment saying what the officer should change");
            return Page();
        }

        Tracker.State = agree ? TrackerStates.Agreed : TrackerStates.Returned;
        if (agree)
        {
            Tracker.AgreedRating = Tracker.ProposedRating;
        }

        Tracker.Steps.Add(new TrackerStep { State = Tracker.State, By = ActorName(), At = clock.GetUtcNow(), Comment = comment });
        return await SaveAsync(id, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, CancellationToken cancellationToken)
    {
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

        return RedirectToPage("/Trackers/Tracker", new { id });
    }

    private IActionResult Stale()
    {
        string message = Tracker.State == TrackerStates.Agreed
            ? "This tracker has been agreed and can no longer be changed"
            : $"This tracker changed while you had it open: it is now {TrackerStates.Label(Tracker.State).ToLowerInvariant()}. Your changes have not been saved";
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
        ProposedRating = Tracker.ProposedRating;
        Direction = Tracker.Direction;
        ContextualUpdate = Tracker.ContextualUpdate;
        ChallengesAndRisks = Tracker.ChallengesAndRisks;
        Progress = [.. Tracker.Actions.OrderBy(a => a.Position).Select(a => a.Progress)];
        Version = Tracker.ConcurrencyVersion;
    }

    private string ActorName() => User.FindFirst(WaymarkClaimsFactory.FullNameClaim)?.Value ?? User.Identity?.Name ?? "web";

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
