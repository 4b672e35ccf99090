using Waymark.Assessments;
using Waymark.Data.Files;
using Waymark.Disclosure;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Trackers;

using static Waymark.Data.Imports.FrameworkDocument;

namespace Waymark.Data.Imports;

/// <summary>
/// Reads a framework file (<c>docs/framework-format.md</c>) and checks what can be checked without the store:
/// every field's type, the words for roles, ratings, directions and states, periods, dates, and codes or names
/// written twice. What the file names in the store (indicators, and users, boards or priorities not in the file)
/// is checked when it is imported.
/// </summary>
internal static class FrameworkFile
{
    public static IReadOnlyList<string> Roles { get; } = ["administrator", "data-officer", "accountable-officer", "director", "member", "partner"];

    /// <summary>Reads the file; <see langword="null"/> when it is not JSON or has no council. Every problem is recorded.</summary>
    public static async Task<FrameworkDocument?> ReadAsync(TextReader text, string fileName, FileProblems problems, CancellationToken cancellationToken)
    {
        JsonNode? root = await JsonInput.ReadAsync(text, fileName, problems, cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        if (root.Kind != System.Text.Json.JsonValueKind.Object)
        {
            root.Problem("The file should hold one JSON object, starting with { and holding the council and its framework");
            return null;
        }

        root.Only("the file", "council", "directorates", "boards", "users", "plans", "trackers", "calendar", "assessments", "assessment_frameworks");
        CouncilPart? council = Council(root.Object("council", "Enter the council, with its name"));
        var document = new FrameworkDocument(
            council!,
            Directorates(root),
            Boards(root),
            Users(root),
            Plans(root),
            Trackers(root),
            Calendar(root),
            Assessments(root),
            AssessmentFrameworks(root));
        return council is null ? null : document;
    }

    private static CouncilPart? Council(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        node.Only("the council", "name", "la_number", "small_number_threshold");
        string? name = node.Text("name", "Enter the council's name");
        int? laNumber = node.WholeNumber("la_number");
        if (laNumber is <= 0)
        {
            node.Problem("la_number", $"{laNumber} is not an LA number: write the council's DfE number, such as 383");
            laNumber = null;
        }

        int? threshold = node.WholeNumber("small_number_threshold");
        if (threshold is < 1 or > SmallNumberThreshold.Largest)
        {
            node.Problem("small_number_threshold", SmallNumberThreshold.Problem($"{threshold}"));
            threshold = null;
        }

        return name is null ? null : new CouncilPart(node.Path, name, laNumber, threshold);
    }

    private static List<DirectoratePart> Directorates(JsonNode root)
    {
        var parts = new List<DirectoratePart>();
        var names = new Unique("a directorate");
        foreach (JsonNode node in root.Objects("directorates"))
        {
            node.Only("a directorate", "name");
            if (node.Text("name", "Enter the directorate's name") is string name && names.Add(node, "name", name))
            {
                parts.Add(new DirectoratePart(node.Path, name));
            }
        }

        return parts;
    }

    private static List<BoardPart> Boards(JsonNode root)
    {
        var parts = new List<BoardPart>();
        var names = new Unique("a board");
        foreach (JsonNode node in root.Objects("boards"))
        {
            node.Only("a board", "name", "indicators");
            string? name = node.Text("name", "Enter the board's name");
            List<JsonText> indicators = Distinct(node, node.Texts("indicators"));
            if (name is not null && names.Add(node, "name", name))
            {
                parts.Add(new BoardPart(node.Path, name, indicators));
            }
        }

        return parts;
    }

    private static List<UserPart> Users(JsonNode root)
    {
        var parts = new List<UserPart>();
        var emails = new Unique("a user");
        var owned = new Unique("owned by a user");
        foreach (JsonNode node in root.Objects("users"))
        {
            node.Only("a user", "email", "name", "roles", "organisation", "owns");
            string? email = node.Text("email", "Enter the user's email address");
            if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
            {
                node.Problem("email", $"'{email}' is not an email address");
                email = null;
            }

            string? name = node.Text("name", "Enter the user's name");
            var roles = new List<string>();
            foreach (JsonText role in Distinct(node, node.Texts("roles")))
            {
                string? known = Roles.FirstOrDefault(r => r.Equals(role.Value, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    node.ProblemAt(role.Path, $"'{role.Value}' is not a role: write {string.Join(", ", Roles.Take(Roles.Count - 1))} or {Roles[^1]}");
                }
                else
                {
                    roles.Add(known);
                }
            }

            string? organisation = node.Text("organisation");
            if (organisation is null && roles.Contains("partner"))
            {
                node.Problem("organisation", "Enter the partner's organisation, such as NHS Leeds");
            }

            List<JsonText> owns = [.. Distinct(node, node.Texts("owns")).Where(code => owned.Add(node, code))];
            if (email is not null && name is not null && emails.Add(node, "email", email))
            {
                parts.Add(new UserPart(node.Path, email, name, roles, organisation, owns, node.LineOf("roles")));
            }
        }

        return parts;
    }

    private static List<PlanPart> Plans(JsonNode root)
    {
        var parts = new List<PlanPart>();
        var codes = new Unique("a plan");
        var priorityCodes = new Unique("a priority");
        foreach (JsonNode node in root.Objects("plans"))
        {
            node.Only("a plan", "code", "title", "first_year", "last_year", "outcomes", "priorities");
            string? code = node.Text("code", "Enter the plan's code, such as LSP");
            string? title = node.Text("title", "Enter the plan's title");
            ReportingPeriod? first = node.Period("first_year", PeriodKind.FinancialYear);
            ReportingPeriod? last = node.Period("last_year", PeriodKind.FinancialYear);
            if (first is { } f && last is { } l && l < f)
            {
                node.Problem("last_year", $"The last year {l} is before the first year {f}");
            }

            var outcomes = new List<OutcomePart>();
            var outcomeCodes = new Unique("an outcome of this plan");
            foreach (JsonNode outcome in node.Objects("outcomes"))
            {
                outcome.Only("an outcome", "code", "title");
                string? outcomeCode = outcome.Text("code", "Enter the outcome's code, such as HW");
                string? outcomeTitle = outcome.Text("title", "Enter the outcome's title");
                if (outcomeCode is not null && outcomeTitle is not null && outcomeCodes.Add(outcome, "code", outcomeCode))
                {
                    outcomes.Add(new OutcomePart(outcome.Path, outcomeCode, outcomeTitle));
                }
            }

            var priorities = new List<PriorityPart>();
            foreach (JsonNode priority in node.Objects("priorities"))
            {
                if (Priority(priority) is { } part && priorityCodes.Add(priority, "code", part.Code))
                {
                    priorities.Add(part);
                }
            }

            if (code is not null && title is not null && codes.Add(node, "code", code))
            {
                parts.Add(new PlanPart(node.Path, code, title, first, last, outcomes, priorities));
            }
        }

        return parts;
    }

    private static PriorityPart? Priority(JsonNode node)
    {
        node.Only("a priority", "code", "title", "outcome", "directorate", "lead_officer", "accountable_director", "contributors", "high_risk", "boards", "indicators");
        string? code = node.Text("code", "Enter the priority's code, such as HW-3a");
        string? title = node.Text("title", "Enter the priority's title");
        var contributors = new List<ContributorPart>();
        var named = new Unique("a contributor to this priority");
        foreach (JsonNode contributor in node.Objects("contributors"))
        {
            contributor.Only("a contributor", "officer", "partner");
            JsonText? officer = contributor.Reference("officer");
            string? partner = contributor.Text("partner");
            if (officer is not null && partner is not null)
            {
                contributor.Problem("Give either an officer's email or a partner organisation, not both");
            }
            else if (officer is null && partner is null)
            {
                contributor.Problem("Enter the contributor: an officer's email or a partner organisation");
            }
            else if (named.Add(contributor, officer is null ? "partner" : "officer", officer?.Value ?? partner!))
            {
                contributors.Add(new ContributorPart(contributor.Path, officer, partner));
            }
        }

        var part = new PriorityPart(
            node.Path,
            code!,
            title!,
            node.Reference("outcome"),
            node.Reference("directorate"),
            node.Reference("lead_officer"),
            node.Reference("accountable_director"),
            contributors,
            node.Flag("high_risk"),
            Distinct(node, node.Texts("boards")),
            Distinct(node, node.Texts("indicators")));
        return code is null || title is null ? null : part;
    }

    private static string FieldName(TrackerField field) => field switch
    {
        TrackerField.ProposedRating => "proposed_rating",
        TrackerField.Direction => "direction",
        TrackerField.ContextualUpdate => "contextual_update",
        TrackerField.AgreedRating => "agreed_rating",
        TrackerField.AmendmentReason => "amendment_reason",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "A framework file's tracker has no such field."),
    };

    private static List<TrackerPart> Trackers(JsonNode root)
    {
        var parts = new List<TrackerPart>();
        var keys = new Unique("a tracker");
        foreach (JsonNode node in root.Objects("trackers"))
        {
            node.Only("a tracker", "priority", "period", "proposed_rating", "agreed_rating", "amendment_reason", "direction", "contextual_update", "challenges_and_risks", "key_actions", "state", "illustrative");
            JsonText? priority = node.Reference("priority", "Enter the code of the priority the tracker reports on");
            ReportingPeriod? period = node.Period("period", PeriodKind.FinancialQuarter, "Enter the quarter the tracker reports on, such as 2010/11 Q3");
            Rating? proposed = node.Word("proposed_rating", "a rating", TrackerCodes.Ratings, RatingCodes.ToCode);
            Rating? agreed = node.Word("agreed_rating", "a rating", TrackerCodes.Ratings, RatingCodes.ToCode);
            DirectionOfTravel? direction = node.Word("direction", "a direction of travel", TrackerCodes.Directions, RatingCodes.ToCode);
            TrackerState? state = node.Word("state", "a state", TrackerCodes.States, TrackerCodes.ToCode, "Enter the tracker's state: draft, submitted, agreed or returned");
            var content = new TrackerContent(proposed, direction, node.Text("contextual_update"));
            string? reason = node.Text("amendment_reason");
            if (state is { } held)
            {
                foreach (TrackerError error in TrackerSignOff.CheckHeld(held, content, agreed, reason))
                {
                    bool refused = error.Field switch
                    {
                        TrackerField.ProposedRating => proposed is null && node.Has("proposed_rating"),
                        TrackerField.Direction => direction is null && node.Has("direction"),
                        TrackerField.AgreedRating => agreed is null && node.Has("agreed_rating"),
                        _ => false,
                    };
                    if (!refused)
                    {
                        node.Problem(FieldName(error.Field), error.Message);
                    }
                }
            }

            var actions = new List<ActionPart>();
            foreach (JsonNode action in node.Objects("key_actions"))
            {
                action.Only("a key action", "action", "owner", "due", "progress");
                string? description = action.Text("action", "Enter the action");
                var part = new ActionPart(action.Path, description!, action.Text("owner"), action.Date("due"), action.Text("progress"));
                if (description is not null)
                {
                    actions.Add(part);
                }
            }

            var tracker = new TrackerPart(
                node.Path,
                priority!,
                period.GetValueOrDefault(),
                content,
                agreed,
                reason is null ? null : reason.Trim(),
                node.Text("challenges_and_risks"),
                actions,
                state.GetValueOrDefault(),
                node.Flag("illustrative"));
            if (priority is not null && period is not null && state is not null && keys.Add(node, "period", $"{priority.Value} {period}"))
            {
                parts.Add(tracker);
            }
        }

        return parts;
    }

    private static List<CyclePart> Calendar(JsonNode root)
    {
        var parts = new List<CyclePart>();
        var periods = new Unique("a quarter of the calendar");
        foreach (JsonNode node in root.Objects("calendar"))
        {
            node.Only("a quarter of the calendar", "period", "deadlines", "meetings");
            ReportingPeriod? period = node.Period("period", PeriodKind.FinancialQuarter, "Enter the quarter, such as 2010/11 Q3");
            var deadlines = new List<DeadlinePart>();
            var descriptions = new Unique("a deadline of this quarter");
            foreach (JsonNode deadline in node.Objects("deadlines"))
            {
                deadline.Only("a deadline", "description", "due", "responsible");
                string? description = deadline.Text("description", "Enter what is due, such as Q3 results entered");
                DateOnly? due = deadline.Date("due", "Enter the date it is due, as yyyy-MM-dd");
                string? responsible = deadline.Text("responsible");
                if (description is not null && due is not null && descriptions.Add(deadline, "description", description))
                {
                    deadlines.Add(new DeadlinePart(deadline.Path, description, due.Value, responsible));
                }
            }

            var meetings = new List<MeetingPart>();
            var held = new Unique("a meeting of this quarter");
            foreach (JsonNode meeting in node.Objects("meetings"))
            {
                meeting.Only("a meeting", "body", "board", "date");
                string? body = meeting.Text("body", "Enter the body that meets, such as Leader Management Team");
                JsonText? board = meeting.Reference("board");
                DateOnly? date = meeting.Date("date", "Enter the date of the meeting, as yyyy-MM-dd");
                if (body is not null && date is not null && held.Add(meeting, "date", $"{body} on {date:yyyy-MM-dd}"))
                {
                    meetings.Add(new MeetingPart(meeting.Path, body, board, date.Value));
                }
            }

            if (period is not null && periods.Add(node, "period", period.Value.ToString()))
            {
                parts.Add(new CyclePart(node.Path, period.Value, deadlines, meetings));
            }
        }

        return parts;
    }

    private static List<AssessmentPart> Assessments(JsonNode root)
    {
        var parts = new List<AssessmentPart>();
        var rounds = new Unique("a round");
        foreach (JsonNode node in root.Objects("assessments"))
        {
            node.Only("an assessment", "framework", "round", "provisional", "scores");
            string? framework = node.Text("framework", "Enter the assessment framework, such as CPA");
            string? round = node.Text("round", "Enter the round, such as CPA 2007");
            bool provisional = node.Flag("provisional");
            var scores = new List<ScorePart>();
            var blocks = new Unique("a block of this round");
            foreach (JsonNode score in node.Objects("scores"))
            {
                score.Only("a score", "block_group", "block", "score", "carried_forward");
                string? block = score.Text("block", "Enter the block the score is for, such as Use of Resources");
                bool carriedForward = score.Flag("carried_forward");
                if (carriedForward && !provisional)
                {
                    score.Problem("carried_forward", "Only a provisional round carries scores forward: make the round provisional or leave this out");
                }

                var part = new ScorePart(score.Path, score.Text("block_group"), block!, scores.Count + 1, score.Text("score"), carriedForward);
                if (block is not null && blocks.Add(score, "block", block))
                {
                    scores.Add(part);
                }
            }

            if (framework is not null && round is not null && rounds.Add(node, "round", $"{round}", $"{framework} {round}"))
            {
                parts.Add(new AssessmentPart(node.Path, framework, round, provisional, scores));
            }
        }

        return parts;
    }

    private static List<AssessmentFrameworkPart> AssessmentFrameworks(JsonNode root)
    {
        var parts = new List<AssessmentFrameworkPart>();
        var versions = new Unique("a version of this framework");
        bool current = false;
        foreach (JsonNode node in root.Objects("assessment_frameworks"))
        {
            node.Only("an assessment framework", "name", "version", "round", "period", "previous_round", "current", "new_results_share", "illustrative", "blocks", "categories");
            string? name = node.Text("name", "Enter the framework's name, such as CPA");
            string? version = node.Text("version", "Enter the framework's version, such as 2007");
            string? round = node.Text("round", "Enter the round this version scores, as the assessment table names it, such as CPA 2007");
            ReportingPeriod? period = node.Period("period", PeriodKind.FinancialYear, "Enter the financial year whose results the round reads, such as 2007/08");
            bool isCurrent = node.Flag("current");
            if (isCurrent && current)
            {
                node.Problem("current", "Only one framework can be the council's current one: leave this out of the others");
            }

            current |= isCurrent;
            decimal share = node.Number("new_results_share") ?? 0.5m;
            if (share is < 0m or > 1m)
            {
                node.Problem("new_results_share", $"{share} is not a share: write a number from 0 to 1, such as 0.5 for half of a block's indicators");
            }

            List<AssessmentBlockPart> blocks = AssessmentBlocks(node);
            List<CategoryRule> categories = CategoryRules(node, blocks);
            if (name is not null && version is not null && round is not null && period is not null && versions.Add(node, "version", $"{name} {version}"))
            {
                parts.Add(new AssessmentFrameworkPart(node.Path, name, version, round, period.Value, node.Text("previous_round"), isCurrent, share, node.Flag("illustrative"), blocks, categories));
            }
        }

        return parts;
    }

    private static List<AssessmentBlockPart> AssessmentBlocks(JsonNode framework)
    {
        var blocks = new List<AssessmentBlockPart>();
        var names = new Unique("a block of this framework");
        foreach (JsonNode node in framework.Objects("blocks"))
        {
            node.Only("a block", "group", "name", "judged_by_inspection", "basis", "steps", "indicators");
            string? name = node.Text("name", "Enter the block's name, such as Culture Service Assessment");
            bool inspection = node.Flag("judged_by_inspection");
            ScoreConversion? conversion = null;
            var indicators = new List<ThresholdPart>();
            if (inspection)
            {
                foreach (string field in (string[])["basis", "steps", "indicators"])
                {
                    if (node.Has(field))
                    {
                        node.Problem(field, "A block judged by inspection has its score entered, not worked out: leave this out");
                    }
                }
            }
            else
            {
                ScoreBasis? basis = node.Word("basis", "a basis", ["total", "average"], "Enter the basis the steps are read against: total or average") switch
                {
                    "total" => ScoreBasis.Total,
                    "average" => ScoreBasis.Average,
                    _ => null,
                };
                var steps = new List<ScoreStep>();
                foreach (JsonNode step in node.Objects("steps"))
                {
                    step.Only("a step", "from", "score");
                    decimal? from = step.Number("from", "Enter the points from which the step starts");
                    int? score = step.WholeNumber("score");
                    if (score is null && !step.Has("score"))
                    {
                        step.Problem("score", "Enter the score the step gives");
                    }

                    if (from is not null && score is not null)
                    {
                        steps.Add(new ScoreStep(from.Value, score.Value));
                    }
                }

                if (basis is not null && !ScoreConversion.TryCreate(basis.Value, steps, out conversion, out string? problem))
                {
                    node.Problem("steps", char.ToUpperInvariant(problem![0]) + problem[1..]);
                }

                var codes = new Unique("an indicator of this block");
                foreach (JsonNode indicator in node.Objects("indicators"))
                {
                    if (Threshold(indicator) is { } part && codes.Add(indicator, "indicator", part.Indicator.Value))
                    {
                        indicators.Add(part);
                    }
                }

                if (indicators.Count == 0 && !node.Has("indicators"))
                {
                    node.Problem("indicators", "Enter the block's indicators, or mark it judged_by_inspection");
                }
            }

            if (name is not null && names.Add(node, "name", name) && (inspection || conversion is not null))
            {
                blocks.Add(new AssessmentBlockPart(node.Path, name, node.Text("group"), inspection ? null : conversion, indicators));
            }
        }

        return blocks;
    }

    private static ThresholdPart? Threshold(JsonNode node)
    {
        node.Only("an indicator of a block", "indicator", "lower", "upper", "at_threshold", "points");
        JsonText? code = node.Reference("indicator", "Enter the indicator's code, such as NI 8");
        decimal? lower = node.Number("lower", "Enter the lower threshold, the value that leaves the bottom band");
        decimal? upper = node.Number("upper", "Enter the upper threshold, the value that enters the top band");
        ThresholdBoundary boundary = node.Word("at_threshold", "a band", ["better", "worse"]) == "worse" ? ThresholdBoundary.WorseBand : ThresholdBoundary.BetterBand;
        BandPoints points = new(1, 2, 3);
        if (node.Has("points") && node.Object("points", "Enter the points of each band") is { } written)
        {
            written.Only("the points", "bottom", "middle", "top");
            points = new BandPoints(written.WholeNumber("bottom") ?? 1, written.WholeNumber("middle") ?? 2, written.WholeNumber("top") ?? 3);
        }

        return code is null || lower is null || upper is null ? null : new ThresholdPart(node.Path, code, lower.Value, upper.Value, boundary, points);
    }

    private static List<CategoryRule> CategoryRules(JsonNode framework, List<AssessmentBlockPart> blocks)
    {
        var rules = new List<CategoryRule>();
        var categories = new Unique("a category of this framework");
        foreach (JsonNode node in framework.Objects("categories"))
        {
            node.Only("a category", "category", "when");
            string? category = node.Text("category", "Enter the category, such as 4 star");
            var conditions = new List<CategoryCondition>();
            foreach (JsonText text in node.Texts("when"))
            {
                if (!CategoryCondition.TryParse(text.Value, out CategoryCondition? condition, out string? problem))
                {
                    node.ProblemAt(text.Path, char.ToUpperInvariant(problem![0]) + problem[1..]);
                }
                else if (condition!.Block is { } block && !blocks.Any(b => b.Name.Equals(block, StringComparison.OrdinalIgnoreCase)))
                {
                    node.ProblemAt(text.Path, $"'{block}' is not a block of this framework: add it to blocks, or correct the name");
                }
                else
                {
                    conditions.Add(condition);
                }
            }

            if (category is not null && categories.Add(node, "category", category))
            {
                rules.Add(new CategoryRule(category, conditions));
            }
        }

        return rules;
    }

    private static List<JsonText> Distinct(JsonNode owner, List<JsonText> items)
    {
        var seen = new Unique("in this list");
        return [.. items.Where(item => seen.Add(owner, item))];
    }

    /// <summary>Keys already read in one scope, each with where it was first written.</summary>
    private sealed class Unique(string what)
    {
        private readonly Dictionary<string, string> first = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether <paramref name="shown"/> is new, recording a problem at <paramref name="field"/> of <paramref name="node"/> when it is not.</summary>
        public bool Add(JsonNode node, string field, string shown, string? key = null)
        {
            if (first.TryGetValue(key ?? shown, out string? at))
            {
                node.Problem(field, $"'{shown}' is already {what} at {at}");
                return false;
            }

            first.Add(key ?? shown, node.Path);
            return true;
        }

        /// <summary>Whether the text of a list item is new, recording a problem at the item when it is not.</summary>
        public bool Add(JsonNode owner, JsonText item)
        {
            if (first.TryGetValue(item.Value, out string? at))
            {
                owner.ProblemAt(item.Path, $"'{item.Value}' is already {what} at {at}");
                return false;
            }

            first.Add(item.Value, item.Path);
            return true;
        }
    }
}
