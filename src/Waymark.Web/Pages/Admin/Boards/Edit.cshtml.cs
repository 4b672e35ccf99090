using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Boards;

/// <summary>
/// Adds a scrutiny board or changes it: its name, and the priorities and indicators that report to it (the board's
/// report carries them). Its meetings, with their dates, are shown as the reporting calendar holds them. A change
/// made from a copy that someone else has changed since is refused and theirs shown.
/// </summary>
public sealed class EditModel(WaymarkDb db) : FormPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<int> Priorities { get; set; } = [];

    [BindProperty]
    public List<int> Indicators { get; set; } = [];

    [BindProperty]
    public int? Version { get; set; }

    public Board? Existing { get; private set; }

    /// <summary>The board as someone else saved it while this form was open, with its priorities and indicators.</summary>
    public (Board Board, IReadOnlyList<string> Priorities, IReadOnlyList<string> Indicators)? Conflict { get; private set; }

    public IReadOnlyList<Priority> AllPriorities { get; private set; } = [];

    /// <summary>The council's own indicators (not published measures such as LAIT's), and any already reporting to the board.</summary>
    public IReadOnlyList<Indicator> AllIndicators { get; private set; } = [];

    public IReadOnlyList<BoardMeeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } b)
        {
            (Name, Version) = (b.Name, b.ConcurrencyVersion);
            (Priorities, Indicators) = await LinksAsync(b.Id, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        int? council = Existing?.CouncilId ?? await db.Councils.OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        string name = Name?.Trim() ?? string.Empty;
        if (council is null)
        {
            AddError(nameof(Name), "name", "There is no council yet: import a framework file first");
        }
        else if (name.Length == 0)
        {
            AddError(nameof(Name), "name", "Enter the board's name");
        }
        else if (await db.Boards.AnyAsync(b => b.CouncilId == council && b.Name == name && b.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(Name), "name", $"A board called {name} already exists");
        }

        if (Priorities.Any(p => !AllPriorities.Any(x => x.Id == p)))
        {
            AddError(nameof(Priorities), "priorities", "Select priorities from the list");
        }

        if (Indicators.Any(i => !AllIndicators.Any(x => x.Id == i)))
        {
            AddError(nameof(Indicators), "indicators", "Select indicators from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Existing is not null && Existing.ConcurrencyVersion != Version)
        {
            return await ShowConflictAsync(Existing, cancellationToken);
        }

        Board board = Existing ?? new Board { CouncilId = council!.Value, Name = name };
        if (Existing is null)
        {
            db.Boards.Add(board);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            // The board's version changes when only what reports to it does, so that a stale form is refused.
            db.Entry(board).Property(b => b.ConcurrencyVersion).OriginalValue = Version ?? -1;
            db.Entry(board).Property(b => b.ConcurrencyVersion).IsModified = true;
            board.Name = name;
        }

        List<PriorityBoard> priorities = await db.PriorityBoards.Where(p => p.BoardId == board.Id).ToListAsync(cancellationToken);
        List<PriorityBoard> leaving = [.. priorities.Where(p => !Priorities.Contains(p.PriorityId))];
        List<int> joining = [.. Priorities.Distinct().Where(p => !priorities.Any(x => x.PriorityId == p))];
        db.PriorityBoards.RemoveRange(leaving);
        db.PriorityBoards.AddRange(joining.Select(p => new PriorityBoard { PriorityId = p, BoardId = board.Id }));

        // A priority's boards are part of the priority too: its version changes with them, so that a priority form
        // opened before this change is refused as stale rather than putting the old boards back.
        List<int> moved = [.. leaving.Select(p => p.PriorityId).Concat(joining)];
        foreach (Priority priority in await db.Priorities.Where(p => moved.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            db.Entry(priority).Property(p => p.ConcurrencyVersion).IsModified = true;
        }

        List<IndicatorBoard> indicators = await db.IndicatorBoards.Where(i => i.BoardId == board.Id).ToListAsync(cancellationToken);
        db.IndicatorBoards.RemoveRange(indicators.Where(i => !Indicators.Contains(i.IndicatorId)));
        db.IndicatorBoards.AddRange(Indicators.Distinct().Where(i => !indicators.Any(x => x.IndicatorId == i)).Select(i => new IndicatorBoard { IndicatorId = i, BoardId = board.Id }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Changed after it was read, or another board with the name added meanwhile.
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            if (Existing is not null && Existing.ConcurrencyVersion != Version)
            {
                return await ShowConflictAsync(Existing, cancellationToken);
            }

            AddError(nameof(Name), "name", $"A board called {name} already exists");
            return Page();
        }

        return RedirectToPage("/Admin/Boards/Index");
    }

    private async Task<IActionResult> ShowConflictAsync(Board theirs, CancellationToken cancellationToken)
    {
        (List<int> priorities, List<int> indicators) = await LinksAsync(theirs.Id, cancellationToken);
        Conflict = (theirs,
            [.. AllPriorities.Where(p => priorities.Contains(p.Id)).Select(p => p.Code)],
            [.. AllIndicators.Where(i => indicators.Contains(i.Id)).Select(i => i.Code)]);
        Version = theirs.ConcurrencyVersion;
        return Stale(nameof(Name), "name", $"Someone else changed {theirs.Name} while you were editing it. Your changes have not been saved: check theirs below, then save again to replace them");
    }

    private async Task<(List<int> Priorities, List<int> Indicators)> LinksAsync(int board, CancellationToken cancellationToken) =>
        (await db.PriorityBoards.Where(p => p.BoardId == board).Select(p => p.PriorityId).ToListAsync(cancellationToken),
         await db.IndicatorBoards.Where(i => i.BoardId == board).Select(i => i.IndicatorId).ToListAsync(cancellationToken));

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        AllPriorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        if (id is int existing)
        {
            Existing = await db.Boards.FirstOrDefaultAsync(b => b.Id == existing, cancellationToken);
            if (Existing is null)
            {
                return false;
            }
        }

        AllIndicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IndicatorSet != "lait" || db.IndicatorBoards.Any(b => b.IndicatorId == i.Id && b.BoardId == (id ?? 0)))
            .OrderBy(i => i.Code)
            .ToListAsync(cancellationToken);
        if (id is int board)
        {
            Meetings = [.. (await db.ReportingCycles.AsNoTracking().Include(c => c.Meetings).ToListAsync(cancellationToken))
                .SelectMany(c => c.Meetings.Where(m => m.BoardId == board).Select(m => new BoardMeeting(c.Period.Label, m.Body, m.Date)))
                .OrderByDescending(m => m.Date)];
        }

        return true;
    }
}
