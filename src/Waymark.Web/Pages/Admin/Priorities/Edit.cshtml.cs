using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Priorities;

/// <summary>
/// Adds an improvement priority or changes it: its plan and outcome, code and title, lead officer and accountable
/// director, the officers and partners who contribute to its tracker, the boards it reports to, and whether it is
/// high risk. A change made from a copy that someone else has changed since is refused and theirs shown.
/// </summary>
public sealed class EditModel(WaymarkDb db) : FormPage
{
    [BindProperty]
    public string? PlanId { get; set; }

    [BindProperty]
    public string? OutcomeId { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? LeadOfficerId { get; set; }

    [BindProperty]
    public string? DirectorId { get; set; }

    [BindProperty]
    public List<int> Officers { get; set; } = [];

    [BindProperty]
    public string? Partners { get; set; }

    [BindProperty]
    public List<int> Boards { get; set; } = [];

    [BindProperty]
    public bool HighRisk { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public Priority? Existing { get; private set; }

    /// <summary>The priority as someone else saved it while this form was open.</summary>
    public Priority? Conflict { get; private set; }

    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; private set; } = [];

    public IReadOnlyList<User> People { get; private set; } = [];

    public IReadOnlyList<Board> AllBoards { get; private set; } = [];

    public IEnumerable<User> LeadOfficers => People.Where(u => u.Roles.Any(r => r.Role == RoleNames.AccountableOfficer));

    public IEnumerable<User> Directors => People.Where(u => u.Roles.Any(r => r.Role == RoleNames.Director));

    /// <summary>Council staff who may contribute to a tracker as officers: everyone but members and partners.</summary>
    public IEnumerable<User> Staff => People.Where(u => u.Roles.Any(r => r.Role is RoleNames.Administrator or RoleNames.DataOfficer or RoleNames.AccountableOfficer or RoleNames.Director));

    /// <summary>The organisations of partners who sign in, as a hint.</summary>
    public IEnumerable<string> PartnerOrganisations => People.Where(u => u.Roles.Any(r => r.Role == RoleNames.Partner) && u.Organisation is not null)
        .Select(u => u.Organisation!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } p)
        {
            Fill(p);
        }
        else if (Plans.Count == 1)
        {
            PlanId = Id(Plans[0].Id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Plan? plan = Plans.FirstOrDefault(p => Id(p.Id) == PlanId);
        if (plan is null)
        {
            AddError(nameof(PlanId), "plan", "Select the plan the priority belongs to");
        }

        Outcome? outcome = null;
        if (!string.IsNullOrEmpty(OutcomeId))
        {
            outcome = Outcomes.FirstOrDefault(o => Id(o.Id) == OutcomeId);
            if (outcome is null || (plan is not null && outcome.PlanId != plan.Id))
            {
                AddError(nameof(OutcomeId), "outcome", plan is null ? "Select an outcome, or no outcome" : $"Select an outcome of {plan.Title}, or no outcome");
            }
        }

        string code = Code?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            AddError(nameof(Code), "code", "Enter a code, such as HW-3a");
        }
        else if (plan is not null && await db.Priorities.AnyAsync(p => p.PlanId == plan.Id && p.Code == code && p.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(Code), "code", $"{plan.Code} already has a priority with the code {code}");
        }

        string title = Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            AddError(nameof(Title), "title", "Enter a title");
        }

        int? lead = Person(LeadOfficerId, LeadOfficers, nameof(LeadOfficerId), "lead-officer", "Select an accountable officer as the lead officer, or none yet");
        int? director = Person(DirectorId, Directors, nameof(DirectorId), "director", "Select a director as the accountable director, or none yet");
        if (Officers.Any(o => !Staff.Any(u => u.Id == o)))
        {
            AddError(nameof(Officers), "officers", "Select officers from the list");
        }

        if (Boards.Any(b => !AllBoards.Any(x => x.Id == b)))
        {
            AddError(nameof(Boards), "boards", "Select boards from the list");
        }

        List<string> partners = [.. (Partners ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (partners.FirstOrDefault(p => p.Length > 200) is { } tooLong)
        {
            AddError(nameof(Partners), "partners", $"A partner's name must be 200 characters or fewer: {tooLong[..40]}... is {tooLong.Length}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Existing is not null && Existing.ConcurrencyVersion != Version)
        {
            return ShowConflict(Existing);
        }

        Priority priority = Existing ?? new Priority { Code = code, Title = title };
        if (Existing is null)
        {
            db.Priorities.Add(priority);
        }
        else
        {
            // The priority's version changes when only its contributors or boards do, so that a stale form is refused.
            db.Entry(priority).Property(p => p.ConcurrencyVersion).OriginalValue = Version ?? -1;
            db.Entry(priority).Property(p => p.ConcurrencyVersion).IsModified = true;
        }

        (priority.PlanId, priority.OutcomeId, priority.Code, priority.Title) = (plan!.Id, outcome?.Id, code, title);
        (priority.LeadOfficerId, priority.AccountableDirectorId, priority.HighRisk) = (lead, director, HighRisk);
        priority.Contributors.RemoveAll(c => c.Kind == "officer" ? !Officers.Contains(c.UserId ?? 0) : !partners.Contains(c.Name, StringComparer.OrdinalIgnoreCase));
        foreach (User officer in Staff.Where(u => Officers.Contains(u.Id) && !priority.Contributors.Any(c => c.Kind == "officer" && c.UserId == u.Id)))
        {
            priority.Contributors.Add(new PriorityContributor { Kind = "officer", UserId = officer.Id, Name = officer.Name });
        }

        foreach (string partner in partners.Where(p => !priority.Contributors.Any(c => c.Kind == "partner" && string.Equals(c.Name, p, StringComparison.OrdinalIgnoreCase))))
        {
            priority.Contributors.Add(new PriorityContributor { Kind = "partner", Name = partner });
        }

        priority.Boards.RemoveAll(b => !Boards.Contains(b.BoardId));
        foreach (int board in Boards.Distinct().Where(b => !priority.Boards.Any(x => x.BoardId == b)))
        {
            priority.Boards.Add(new PriorityBoard { BoardId = board });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Changed after it was read, or another priority with the code added meanwhile.
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            if (Existing is null && id is not null)
            {
                return NotFound();
            }

            if (Existing is not null && Existing.ConcurrencyVersion != Version)
            {
                return ShowConflict(Existing);
            }

            AddError(nameof(Code), "code", $"{plan.Code} already has a priority with the code {code}");
            return Page();
        }

        return RedirectToPage("/Admin/Priorities/Index");
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private int? Person(string? text, IEnumerable<User> allowed, string key, string fieldId, string message)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (allowed.FirstOrDefault(u => Id(u.Id) == text) is { } user)
        {
            return user.Id;
        }

        AddError(key, fieldId, message);
        return null;
    }

    private IActionResult ShowConflict(Priority theirs)
    {
        (Conflict, Version) = (theirs, theirs.ConcurrencyVersion);
        return Stale(nameof(Code), "code", $"Someone else changed {theirs.Code} while you were editing it. Your changes have not been saved: check theirs below, then save again to replace them");
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Plans = await db.Plans.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        Outcomes = await db.Outcomes.AsNoTracking().OrderBy(o => o.PlanId).ThenBy(o => o.Code).ToListAsync(cancellationToken);
        People = await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        AllBoards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        if (id is int existing)
        {
            Existing = await db.Priorities
                .Include(p => p.Contributors).Include(p => p.Boards).Include(p => p.LeadOfficer).Include(p => p.AccountableDirector)
                .AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == existing, cancellationToken);
            return Existing is not null;
        }

        return true;
    }

    private void Fill(Priority p)
    {
        (PlanId, OutcomeId, Code, Title) = (Id(p.PlanId), p.OutcomeId is int o ? Id(o) : null, p.Code, p.Title);
        (LeadOfficerId, DirectorId, HighRisk) = (p.LeadOfficerId is int l ? Id(l) : null, p.AccountableDirectorId is int d ? Id(d) : null, p.HighRisk);
        Officers = [.. p.Contributors.Where(c => c.Kind == "officer" && c.UserId is not null).Select(c => c.UserId!.Value)];
        Partners = string.Join('\n', p.Contributors.Where(c => c.Kind == "partner").OrderBy(c => c.Id).Select(c => c.Name));
        Boards = [.. p.Boards.Select(b => b.BoardId)];
        Version = p.ConcurrencyVersion;
    }
}
