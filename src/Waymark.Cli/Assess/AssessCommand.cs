using System.CommandLine;

using Waymark.Cli.Store;
using Waymark.Data.Assessments;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Cli.Assess;

/// <summary>
/// <c>waymark assess</c>: works out a stored assessment framework's block scores, current and predicted, from the
/// stored results up to a period, with what would move each block and the overall category.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var framework = new Option<string?>("--framework") { Description = "The framework's name or round, such as CPA or \"CPA 2007\" (default: the council's current framework)" };
        var period = new Option<string>("--period") { Description = "The results to read, up to this period, such as \"2007/08 Q1\"", Required = true };
        var format = new Option<string>("--format") { Description = "table (for people), csv or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");

        var command = new Command("assess", "Work out an assessment framework's scores from the indicators: each block, current and predicted, what would move it, and the overall category.")
        {
            database, framework, period, format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(database),
            parse.GetValue(framework),
            parse.GetRequiredValue(period),
            parse.GetRequiredValue(format),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? databaseOption, string? name, string periodText, string format, CliContext context, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(periodText, out ReportingPeriod period, out string? periodError))
        {
            await context.Error.WriteLineAsync($"--period: {periodError}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        await using (db.ConfigureAwait(false))
        {
            AssessmentFrameworkVersion? framework = await StoredAssessments.FindAsync(db, name, cancellationToken).ConfigureAwait(false);
            if (framework is null)
            {
                List<AssessmentFrameworkVersion> all = await StoredAssessments.AllAsync(db, cancellationToken).ConfigureAwait(false);
                string stored = all.Count == 0
                    ? "no framework is stored; import one in the framework file's assessment_frameworks"
                    : $"the stored frameworks are {string.Join(", ", all.Select(f => $"{f.Name} {f.Version}").Distinct())}";
                await context.Error.WriteLineAsync(name is null
                    ? $"--framework: no framework is marked current, so name one: {stored}"
                    : $"--framework: '{name}' is not a stored framework: {stored}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            StoredAssessment assessment = await StoredAssessments.AssessAsync(db, framework, period, cancellationToken).ConfigureAwait(false);
            switch (format)
            {
                case "csv":
                    AssessmentOutput.Csv(context.Output, assessment);
                    break;
                case "json":
                    AssessmentOutput.Json(context.Output, assessment);
                    break;
                default:
                    AssessmentOutput.Table(context.Output, assessment);
                    break;
            }
        }

        return ExitCodes.Success;
    }
}
