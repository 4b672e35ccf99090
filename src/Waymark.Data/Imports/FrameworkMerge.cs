using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Assessments;
using Waymark.Data.Areas;
using Waymark.Data.Assessments;
using Waymark.Data.Calendar;
using Waymark.Data.Files;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Data.Trackers;

using static Waymark.Data.Imports.FrameworkDocument;

namespace Waymark.Data.Imports;

/// <summary>
/// Merges a framework file into what the store holds for its council. Records are matched by their natural keys
/// and added or updated, never removed; the lists that belong to a record (a user's roles, a priority's
/// contributors, a tracker's key actions, a quarter's deadlines and meetings, ...) become what the file says.
/// Every change goes through <see cref="WaymarkDb.SaveChanges(bool)"/>, so it is audited.
/// </summary>
internal sealed class FrameworkMerge
{
    private readonly WaymarkDb db;
    private readonly FrameworkDocument file;
    private readonly Dictionary<string, Indicator> indicators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, User> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Priority> priorities = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Plan> plans = [];
    private readonly List<Tracker> trackers = [];
    private readonly List<IndicatorPriority> alignments = [];
    private readonly List<IndicatorBoard> relevance = [];
    private readonly List<ReportingCycle> cycles = [];
    private readonly List<AssessmentScore> scores = [];
    private readonly List<AssessmentFrameworkVersion> frameworks = [];
    private readonly Tally tally = new();
    private Council? council;

    private FrameworkMerge(WaymarkDb db, FrameworkDocument file)
    {
        this.db = db;
        this.file = file;
    }

    /// <summary>Loads, for changing, what the store holds of the file's council, and every user and indicator.</summary>
    public static async Task<FrameworkMerge> LoadAsync(WaymarkDb db, FrameworkDocument file, CancellationToken cancellationToken)
    {
        var merge = new FrameworkMerge(db, file);
        foreach (Indicator indicator in await db.Indicators.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            merge.indicators.TryAdd(indicator.Code, indicator);
        }

        foreach (User user in await db.Users.Include(u => u.Roles).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            merge.users.TryAdd(user.Email, user);
        }

        string name = file.Council.Name;
        merge.council = await db.Councils.Include(c => c.Directorates).Include(c => c.Boards).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Name == name, cancellationToken).ConfigureAwait(false);
        if (merge.council is not { Id: int councilId } council)
        {
            return merge;
        }

        merge.plans.AddRange(await db.Plans
            .Include(p => p.Outcomes)
            .Include(p => p.Priorities).ThenInclude(p => p.Contributors)
            .Include(p => p.Priorities).ThenInclude(p => p.Boards)
            .Where(p => p.CouncilId == councilId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        foreach (Priority priority in merge.plans.SelectMany(p => p.Priorities))
        {
            merge.priorities.TryAdd(priority.Code, priority);
        }

        List<int> priorityIds = [.. merge.plans.SelectMany(p => p.Priorities).Select(p => p.Id)];
        List<int> boardIds = [.. council.Boards.Select(b => b.Id)];
        merge.trackers.AddRange(await db.Trackers.Include(t => t.Actions).Where(t => priorityIds.Contains(t.PriorityId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        merge.alignments.AddRange(await db.IndicatorPriorities.Where(a => priorityIds.Contains(a.PriorityId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        merge.relevance.AddRange(await db.IndicatorBoards.Where(r => boardIds.Contains(r.BoardId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        merge.cycles.AddRange(await db.ReportingCycles.Include(c => c.Deadlines).Include(c => c.Meetings).Where(c => c.CouncilId == councilId)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false));
        merge.scores.AddRange(await db.AssessmentScores.Where(s => s.CouncilId == councilId).ToListAsync(cancellationToken).ConfigureAwait(false));
        merge.frameworks.AddRange(await db.AssessmentFrameworks
            .Include(f => f.Blocks).ThenInclude(b => b.Steps)
            .Include(f => f.Blocks).ThenInclude(b => b.Indicators)
            .Include(f => f.CategoryRules)
            .Where(f => f.CouncilId == councilId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        return merge;
    }

    /// <summary>Records every name in the file that is neither in the file nor in the store.</summary>
    public void Check(string fileName, FileProblems problems)
    {
        void Problem(JsonText text, string message) => problems.Add(fileName, text.Line, text.Path, message);

        string councilName = file.Council.Name;
        var fileUsers = new HashSet<string>(file.Users.Select(u => u.Email), StringComparer.OrdinalIgnoreCase);
        var fileBoards = new HashSet<string>(file.Boards.Select(b => b.Name), StringComparer.OrdinalIgnoreCase);
        var fileDirectorates = new HashSet<string>(file.Directorates.Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
        var filePriorities = new HashSet<string>(file.Plans.SelectMany(p => p.Priorities).Select(p => p.Code), StringComparer.OrdinalIgnoreCase);

        void CheckIndicator(JsonText code)
        {
            if (!indicators.ContainsKey(code.Value))
            {
                Problem(code, $"'{code.Value}' is not a stored indicator: import the indicators first, or correct the code");
            }
        }

        void CheckUser(JsonText? email)
        {
            if (email is not null && !fileUsers.Contains(email.Value) && !users.ContainsKey(email.Value))
            {
                Problem(email, $"'{email.Value}' is not a user: add them to users, or correct the email address");
            }
        }

        void CheckBoard(JsonText? board)
        {
            if (board is not null && !fileBoards.Contains(board.Value) && FindBoard(board.Value) is null)
            {
                Problem(board, $"'{board.Value}' is not a board of {councilName}: add it to boards, or correct the name");
            }
        }

        foreach (JsonText code in file.Boards.SelectMany(b => b.Indicators).Concat(file.Users.SelectMany(u => u.Owns)))
        {
            CheckIndicator(code);
        }

        foreach (PlanPart plan in file.Plans)
        {
            Plan? stored = FindPlan(plan.Code);
            foreach (PriorityPart priority in plan.Priorities)
            {
                if (priority.Outcome is { } outcome && !plan.Outcomes.Any(o => Same(o.Code, outcome.Value)) && stored?.Outcomes.Any(o => Same(o.Code, outcome.Value)) != true)
                {
                    Problem(outcome, $"'{outcome.Value}' is not an outcome of the plan {plan.Code}: add it to the plan's outcomes, or correct the code");
                }

                if (priority.Directorate is { } directorate && !fileDirectorates.Contains(directorate.Value) && FindDirectorate(directorate.Value) is null)
                {
                    Problem(directorate, $"'{directorate.Value}' is not a directorate of {councilName}: add it to directorates, or correct the name");
                }

                foreach (JsonText? email in priority.Contributors.Select(c => c.Officer).Prepend(priority.AccountableDirector).Prepend(priority.LeadOfficer))
                {
                    CheckUser(email);
                }

                foreach (JsonText board in priority.Boards)
                {
                    CheckBoard(board);
                }

                foreach (JsonText code in priority.Indicators)
                {
                    CheckIndicator(code);
                }
            }
        }

        foreach (TrackerPart tracker in file.Trackers)
        {
            if (!filePriorities.Contains(tracker.Priority.Value) && !priorities.ContainsKey(tracker.Priority.Value))
            {
                Problem(tracker.Priority, $"'{tracker.Priority.Value}' is not a priority of {councilName}: add it to a plan's priorities, or correct the code");
            }
        }

        foreach (MeetingPart meeting in file.Calendar.SelectMany(c => c.Meetings))
        {
            CheckBoard(meeting.Board);
        }

        foreach (ThresholdPart threshold in file.AssessmentFrameworks.SelectMany(f => f.Blocks).SelectMany(b => b.Indicators))
        {
            if (!indicators.TryGetValue(threshold.Indicator.Value, out Indicator? indicator))
            {
                CheckIndicator(threshold.Indicator);
            }
            else if (!IndicatorThresholds.TryCreate(indicator.Definition.Polarity, threshold.Lower, threshold.Upper, threshold.Boundary, out _, out string? problem))
            {
                problems.Add(fileName, threshold.Indicator.Line, JsonNode.Join(threshold.Path, "upper"), $"{indicator.Code}: {problem}");
            }
        }

        CheckAdministrators(fileName, problems);
    }

    /// <summary>A file may give and take roles, but not take the administrator role from the last person who holds it.</summary>
    private void CheckAdministrators(string fileName, FileProblems problems)
    {
        var parts = new Dictionary<string, UserPart>(StringComparer.OrdinalIgnoreCase);
        foreach (UserPart part in file.Users)
        {
            parts.TryAdd(part.Email, part);
        }

        List<User> administrators = [.. users.Values.Where(u => u.Roles.Any(r => r.Role == RoleNames.Administrator))];
        bool keptOrGiven = administrators.Any(u => !parts.TryGetValue(u.Email, out UserPart? part) || part.Roles.Contains(RoleNames.Administrator))
            || file.Users.Any(p => p.Roles.Contains(RoleNames.Administrator));
        if (administrators.Count == 0 || keptOrGiven)
        {
            return;
        }

        foreach (UserPart part in administrators.Select(u => parts[u.Email]).OrderBy(p => p.RolesLine))
        {
            string who = administrators.Count == 1 ? "the last administrator" : "one of the last administrators";
            problems.Add(fileName, part.RolesLine, JsonNode.Join(part.Path, "roles"), $"{part.Email} is {who}: give someone else the administrator role first");
        }
    }

    /// <summary>Stores the file, in steps that each give the next the ids it needs; returns the records added and changed.</summary>
    public async Task<(long Added, long Changed)> ApplyAsync(CancellationToken cancellationToken)
    {
        int? areaId = await AreaAsync(cancellationToken).ConfigureAwait(false);
        Council stored = MergeCouncil(areaId);
        MergeUsers();
        await SaveAsync(cancellationToken).ConfigureAwait(false);

        MergePlans(stored);
        await SaveAsync(cancellationToken).ConfigureAwait(false);

        MergePriorities();
        await SaveAsync(cancellationToken).ConfigureAwait(false);

        MergeAlignments();
        MergeRelevance();
        MergeOwners();
        MergeTrackers();
        MergeCalendar(stored);
        MergeScores(stored);
        MergeFrameworks(stored);
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return tally.Counts();
    }

    private async Task<int?> AreaAsync(CancellationToken cancellationToken)
    {
        if (file.Council.LaNumber is not int laNumber)
        {
            return null;
        }

        string code = laNumber.ToString(CultureInfo.InvariantCulture);
        Area? area = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            area = new Area { Code = code, Name = file.Council.Name, Kind = "la" };
            db.Areas.Add(area);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return area.Id;
    }

    private Council MergeCouncil(int? areaId)
    {
        if (council is null)
        {
            council = new Council { Name = file.Council.Name };
            db.Councils.Add(council);
        }

        council.AreaId = areaId;
        if (file.Council.SmallNumberThreshold is int threshold)
        {
            council.SmallNumberThreshold = threshold;
        }

        tally.Track(council);
        foreach (DirectoratePart part in file.Directorates)
        {
            Directorate? directorate = FindDirectorate(part.Name);
            if (directorate is null)
            {
                directorate = new Directorate { Name = part.Name };
                council.Directorates.Add(directorate);
            }

            directorate.Name = part.Name;
            tally.Track(directorate);
        }

        foreach (BoardPart part in file.Boards)
        {
            Board? board = FindBoard(part.Name);
            if (board is null)
            {
                board = new Board { Name = part.Name };
                council.Boards.Add(board);
            }

            board.Name = part.Name;
            tally.Track(board);
        }

        return council;
    }

    private void MergeUsers()
    {
        foreach (UserPart part in file.Users)
        {
            if (!users.TryGetValue(part.Email, out User? user))
            {
                user = new User { Email = part.Email, Name = part.Name };
                db.Users.Add(user);
                users.Add(part.Email, user);
            }

            user.Email = part.Email;
            user.Name = part.Name;
            user.Organisation = part.Organisation;
            bool rolesChanged = false;
            foreach (UserRole role in user.Roles.Where(r => !part.Roles.Contains(r.Role)).ToList())
            {
                user.Roles.Remove(role);
                db.Remove(role);
                rolesChanged = true;
            }

            foreach (string role in part.Roles.Where(r => !user.Roles.Any(x => x.Role == r)))
            {
                user.Roles.Add(new UserRole { Role = role });
                rolesChanged = true;
            }

            tally.Track(user, rolesChanged);
        }
    }

    private void MergePlans(Council stored)
    {
        foreach (PlanPart part in file.Plans)
        {
            Plan? plan = FindPlan(part.Code);
            if (plan is null)
            {
                plan = new Plan { CouncilId = stored.Id, Code = part.Code, Title = part.Title };
                db.Plans.Add(plan);
                plans.Add(plan);
            }

            plan.Code = part.Code;
            plan.Title = part.Title;
            plan.FirstYear = part.FirstYear?.ToString();
            plan.LastYear = part.LastYear?.ToString();
            tally.Track(plan);
            foreach (OutcomePart outcomePart in part.Outcomes)
            {
                Outcome? outcome = plan.Outcomes.FirstOrDefault(o => Same(o.Code, outcomePart.Code));
                if (outcome is null)
                {
                    outcome = new Outcome { Code = outcomePart.Code, Title = outcomePart.Title };
                    plan.Outcomes.Add(outcome);
                }

                outcome.Code = outcomePart.Code;
                outcome.Title = outcomePart.Title;
                tally.Track(outcome);
            }
        }
    }

    private void MergePriorities()
    {
        foreach (PlanPart planPart in file.Plans)
        {
            Plan plan = FindPlan(planPart.Code)!;
            foreach (PriorityPart part in planPart.Priorities)
            {
                if (!priorities.TryGetValue(part.Code, out Priority? priority))
                {
                    priority = new Priority { Code = part.Code, Title = part.Title };
                    plan.Priorities.Add(priority);
                    priorities.Add(part.Code, priority);
                }

                priority.PlanId = plan.Id;
                priority.Code = part.Code;
                priority.Title = part.Title;
                priority.HighRisk = part.HighRisk;
                priority.OutcomeId = part.Outcome is { } outcome ? plan.Outcomes.First(o => Same(o.Code, outcome.Value)).Id : null;
                priority.DirectorateId = part.Directorate is { } directorate ? FindDirectorate(directorate.Value)!.Id : null;
                priority.LeadOfficer = part.LeadOfficer is { } lead ? users[lead.Value] : null;
                priority.AccountableDirector = part.AccountableDirector is { } director ? users[director.Value] : null;
                bool listsChanged = MergeContributors(priority, part);
                listsChanged |= Replace(
                    priority.Boards,
                    [.. part.Boards.Select(b => FindBoard(b.Value)!.Id)],
                    b => b.BoardId,
                    id => new PriorityBoard { BoardId = id });
                tally.Track(priority, listsChanged);
            }
        }
    }

    private bool MergeContributors(Priority priority, PriorityPart part)
    {
        bool changed = false;
        var kept = new List<PriorityContributor>();
        foreach (ContributorPart c in part.Contributors)
        {
            User? user = c.Officer is { } officer ? users[officer.Value] : null;
            string kind = user is null ? "partner" : "officer";
            string name = user?.Name ?? c.Partner!;
            PriorityContributor? contributor = priority.Contributors.FirstOrDefault(x => x.Kind == kind && (user is null ? Same(x.Name, name) : x.UserId == user.Id));
            if (contributor is null)
            {
                contributor = new PriorityContributor { Kind = kind, Name = name };
                priority.Contributors.Add(contributor);
                changed = true;
            }

            if (user is not null && contributor.UserId != user.Id)
            {
                contributor.UserId = user.Id;
                changed = true;
            }

            if (contributor.Name != name)
            {
                contributor.Name = name;
                changed = true;
            }

            kept.Add(contributor);
        }

        foreach (PriorityContributor gone in priority.Contributors.Where(c => !kept.Contains(c)).ToList())
        {
            priority.Contributors.Remove(gone);
            db.Remove(gone);
            changed = true;
        }

        return changed;
    }

    private void MergeAlignments()
    {
        foreach (PriorityPart part in file.Plans.SelectMany(p => p.Priorities))
        {
            Priority priority = priorities[part.Code];
            List<IndicatorPriority> current = [.. alignments.Where(a => a.PriorityId == priority.Id)];
            bool changed = Replace(
                current,
                [.. part.Indicators.Select(code => indicators[code.Value].Id)],
                a => a.IndicatorId,
                id => new IndicatorPriority { IndicatorId = id, PriorityId = priority.Id },
                added => db.IndicatorPriorities.Add(added),
                removed => db.IndicatorPriorities.Remove(removed));
            if (changed)
            {
                tally.ChildrenChanged(priority);
            }
        }
    }

    private void MergeRelevance()
    {
        foreach (BoardPart part in file.Boards)
        {
            Board board = FindBoard(part.Name)!;
            List<IndicatorBoard> current = [.. relevance.Where(r => r.BoardId == board.Id)];
            bool changed = Replace(
                current,
                [.. part.Indicators.Select(code => indicators[code.Value].Id)],
                r => r.IndicatorId,
                id => new IndicatorBoard { IndicatorId = id, BoardId = board.Id },
                added => db.IndicatorBoards.Add(added),
                removed => db.IndicatorBoards.Remove(removed));
            if (changed)
            {
                tally.ChildrenChanged(board);
            }
        }
    }

    /// <summary>Each indicator a user in the file owns gets them as owner; one owned by a user in the file who no longer lists it gets none.</summary>
    private void MergeOwners()
    {
        var fileUsers = file.Users.Select(u => users[u.Email]).ToList();
        var owners = new Dictionary<Indicator, User>();
        foreach (UserPart part in file.Users)
        {
            foreach (JsonText code in part.Owns)
            {
                owners[indicators[code.Value]] = users[part.Email];
            }
        }

        foreach (Indicator indicator in indicators.Values)
        {
            User? owner = owners.GetValueOrDefault(indicator);
            User? before = fileUsers.FirstOrDefault(u => indicator.OwnerId is int id && u.Id == id);
            if (owner is null && before is null)
            {
                continue;
            }

            if (indicator.OwnerId != owner?.Id)
            {
                indicator.OwnerId = owner?.Id;
                if (owner is not null)
                {
                    tally.ChildrenChanged(owner);
                }

                if (before is not null)
                {
                    tally.ChildrenChanged(before);
                }
            }
        }
    }

    private void MergeTrackers()
    {
        foreach (TrackerPart part in file.Trackers)
        {
            Priority priority = priorities[part.Priority.Value];
            Tracker? tracker = trackers.FirstOrDefault(t => t.PriorityId == priority.Id && t.Period == part.Period);
            if (tracker is null)
            {
                tracker = new Tracker { PriorityId = priority.Id, Period = part.Period, State = part.State };
                db.Trackers.Add(tracker);
                trackers.Add(tracker);
            }

            tracker.PeriodStart = part.Period.Start;
            tracker.ProposedRating = part.Content.ProposedRating;
            tracker.AgreedRating = part.AgreedRating;
            tracker.AmendmentReason = part.AmendmentReason;
            tracker.Direction = part.Content.Direction;
            tracker.ContextualUpdate = part.Content.ContextualUpdate;
            tracker.ChallengesAndRisks = part.ChallengesAndRisks;
            tracker.State = part.State;
            tracker.Illustrative = part.Illustrative;
            tally.Track(tracker, MergeActions(tracker, part.KeyActions));
        }
    }

    private bool MergeActions(Tracker tracker, IReadOnlyList<ActionPart> parts)
    {
        bool changed = false;
        List<TrackerAction> current = [.. tracker.Actions.OrderBy(a => a.Position)];
        for (int i = 0; i < Math.Max(current.Count, parts.Count); i++)
        {
            if (i >= parts.Count)
            {
                tracker.Actions.Remove(current[i]);
                db.Remove(current[i]);
                changed = true;
                continue;
            }

            ActionPart part = parts[i];
            TrackerAction action;
            if (i < current.Count)
            {
                action = current[i];
                changed |= action.Position != i + 1 || action.Description != part.Action || action.Owner != part.Owner
                    || action.DueDate != part.Due || action.Progress != part.Progress;
            }
            else
            {
                action = new TrackerAction { Description = part.Action };
                tracker.Actions.Add(action);
                changed = true;
            }

            action.Position = i + 1;
            action.Description = part.Action;
            action.Owner = part.Owner;
            action.DueDate = part.Due;
            action.Progress = part.Progress;
        }

        return changed;
    }

    private void MergeCalendar(Council stored)
    {
        foreach (CyclePart part in file.Calendar)
        {
            ReportingCycle? cycle = cycles.FirstOrDefault(c => c.Period == part.Period);
            if (cycle is null)
            {
                cycle = new ReportingCycle { CouncilId = stored.Id, Period = part.Period };
                db.ReportingCycles.Add(cycle);
                cycles.Add(cycle);
            }

            var keptDeadlines = new List<Deadline>();
            foreach (DeadlinePart d in part.Deadlines)
            {
                Deadline? deadline = cycle.Deadlines.FirstOrDefault(x => Same(x.Description, d.Description));
                if (deadline is null)
                {
                    deadline = new Deadline { Description = d.Description };
                    cycle.Deadlines.Add(deadline);
                }

                deadline.Description = d.Description;
                deadline.Due = d.Due;
                deadline.Responsible = d.Responsible;
                tally.Track(deadline);
                keptDeadlines.Add(deadline);
            }

            var keptMeetings = new List<Meeting>();
            foreach (MeetingPart m in part.Meetings)
            {
                Meeting? meeting = cycle.Meetings.FirstOrDefault(x => Same(x.Body, m.Body) && x.Date == m.Date);
                if (meeting is null)
                {
                    meeting = new Meeting { Body = m.Body, Date = m.Date };
                    cycle.Meetings.Add(meeting);
                }

                meeting.Body = m.Body;
                meeting.BoardId = m.Board is { } board ? FindBoard(board.Value)!.Id : null;
                tally.Track(meeting);
                keptMeetings.Add(meeting);
            }

            bool removed = false;
            foreach (Deadline gone in cycle.Deadlines.Where(d => !keptDeadlines.Contains(d)).ToList())
            {
                cycle.Deadlines.Remove(gone);
                db.Remove(gone);
                removed = true;
            }

            foreach (Meeting gone in cycle.Meetings.Where(m => !keptMeetings.Contains(m)).ToList())
            {
                cycle.Meetings.Remove(gone);
                db.Remove(gone);
                removed = true;
            }

            tally.Track(cycle, removed);
        }
    }

    private void MergeScores(Council stored)
    {
        foreach (AssessmentPart round in file.Assessments)
        {
            foreach (ScorePart part in round.Scores)
            {
                AssessmentScore? score = scores.FirstOrDefault(s => Same(s.Framework, round.Framework) && Same(s.Round, round.Round) && Same(s.Block, part.Block));
                if (score is null)
                {
                    score = new AssessmentScore { CouncilId = stored.Id, Framework = round.Framework, Round = round.Round, Block = part.Block };
                    db.AssessmentScores.Add(score);
                    scores.Add(score);
                }

                score.Framework = round.Framework;
                score.Round = round.Round;
                score.Provisional = round.Provisional;
                score.BlockGroup = part.BlockGroup;
                score.Block = part.Block;
                score.Position = part.Position;
                score.Score = part.Score;
                score.CarriedForward = part.CarriedForward;
                tally.Track(score);
            }
        }
    }

    private void MergeFrameworks(Council stored)
    {
        foreach (AssessmentFrameworkPart part in file.AssessmentFrameworks)
        {
            AssessmentFrameworkVersion? framework = frameworks.FirstOrDefault(f => Same(f.Name, part.Name) && Same(f.Version, part.Version));
            if (framework is null)
            {
                framework = new AssessmentFrameworkVersion { CouncilId = stored.Id, Name = part.Name, Version = part.Version, Round = part.Round };
                db.AssessmentFrameworks.Add(framework);
                frameworks.Add(framework);
            }

            framework.Name = part.Name;
            framework.Version = part.Version;
            framework.Round = part.Round;
            framework.Period = part.Period;
            framework.PreviousRound = part.PreviousRound;
            framework.IsCurrent = part.Current;
            framework.NewResultsShare = part.NewResultsShare;
            framework.Illustrative = part.Illustrative;
            List<AssessmentBlockDefinition> blocks = [.. part.Blocks.Select((b, i) => Block(b, i + 1))];
            List<AssessmentCategoryRule> rules = [.. part.Categories.Select((c, i) => new AssessmentCategoryRule { Position = i + 1, Category = c.Category, Conditions = string.Join('\n', c.Conditions) })];
            if (AssessmentFrameworkContent.Describe(framework.Blocks, framework.CategoryRules) != AssessmentFrameworkContent.Describe(blocks, rules))
            {
                foreach (AssessmentBlockDefinition gone in framework.Blocks)
                {
                    db.RemoveRange(gone.Steps);
                    db.RemoveRange(gone.Indicators);
                    db.Remove(gone);
                }

                db.RemoveRange(framework.CategoryRules);
                framework.Blocks.Clear();
                framework.CategoryRules.Clear();
                framework.Blocks.AddRange(blocks);
                framework.CategoryRules.AddRange(rules);
                tally.ChildrenChanged(framework);
            }

            tally.Track(framework);
            if (part.Current)
            {
                foreach (AssessmentFrameworkVersion other in frameworks.Where(f => f != framework && f.IsCurrent))
                {
                    other.IsCurrent = false;
                    tally.Track(other);
                }
            }
        }
    }

    private AssessmentBlockDefinition Block(AssessmentBlockPart part, int position)
    {
        var block = new AssessmentBlockDefinition
        {
            Position = position,
            Name = part.Name,
            BlockGroup = part.Group,
            Basis = part.Conversion?.Basis switch { ScoreBasis.Total => "total", ScoreBasis.Average => "average", _ => null },
        };
        block.Steps.AddRange(part.Conversion?.Steps.Select(s => new AssessmentStep { Minimum = s.Minimum, Score = s.Score }) ?? []);
        block.Indicators.AddRange(part.Indicators.Select((t, i) => new AssessmentThreshold
        {
            Position = i + 1,
            IndicatorId = indicators[t.Indicator.Value].Id,
            LowerThreshold = t.Lower,
            UpperThreshold = t.Upper,
            AtThreshold = t.Boundary == ThresholdBoundary.WorseBand ? "worse" : "better",
            PointsBottom = t.Points.Bottom,
            PointsMiddle = t.Points.Middle,
            PointsTop = t.Points.Top,
        }));
        return block;
    }

    /// <summary>Makes <paramref name="current"/> hold one link for each of <paramref name="wanted"/>; whether anything changed.</summary>
    private bool Replace<TLink>(List<TLink> current, List<int> wanted, Func<TLink, int> key, Func<int, TLink> create, Action<TLink>? onAdd = null, Action<TLink>? onRemove = null)
        where TLink : class
    {
        bool changed = false;
        foreach (TLink link in current.Where(l => !wanted.Contains(key(l))).ToList())
        {
            current.Remove(link);
            if (onRemove is null)
            {
                db.Remove(link);
            }
            else
            {
                onRemove(link);
            }

            changed = true;
        }

        foreach (int id in wanted.Where(id => !current.Any(l => key(l) == id)))
        {
            TLink link = create(id);
            current.Add(link);
            onAdd?.Invoke(link);
            changed = true;
        }

        return changed;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        tally.Note(db);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Plan? FindPlan(string code) => plans.FirstOrDefault(p => Same(p.Code, code));

    private Board? FindBoard(string name) => council?.Boards.FirstOrDefault(b => Same(b.Name, name));

    private Directorate? FindDirectorate(string name) => council?.Directorates.FirstOrDefault(d => Same(d.Name, name));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Which of the file's records were added, and which changed, over the steps of one import.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<object, Record> records = new(ReferenceEqualityComparer.Instance);

        public void Track(object entity, bool listsChanged = false)
        {
            if (!records.TryGetValue(entity, out Record? record))
            {
                record = new Record();
                records.Add(entity, record);
            }

            record.Changed |= listsChanged;
        }

        public void ChildrenChanged(object entity) => Track(entity, listsChanged: true);

        /// <summary>Notes what each record is about to have saved.</summary>
        public void Note(WaymarkDb db)
        {
            db.ChangeTracker.DetectChanges();
            foreach ((object entity, Record record) in records)
            {
                switch (db.Entry(entity).State)
                {
                    case EntityState.Added:
                        record.Added = true;
                        break;
                    case EntityState.Modified:
                        record.Changed = true;
                        break;
                }
            }
        }

        public (long Added, long Changed) Counts() =>
            (records.Values.Count(r => r.Added), records.Values.Count(r => !r.Added && r.Changed));

        private sealed class Record
        {
            public bool Added { get; set; }

            public bool Changed { get; set; }
        }
    }
}
