using System.CommandLine;

using Waymark.Data.Files;
using Waymark.Evaluation;
using Waymark.Periods;

namespace Waymark.Cli.Evaluate;

/// <summary>
/// <c>waymark evaluate</c>: rates every indicator in a file for a period, from result and target files, with no
/// database.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var indicators = new Option<FileInfo>("--indicators") { Description = "indicators.csv: code,title,unit,polarity,frequency,aggregation,tolerance,decimals", Required = true };
        var results = new Option<FileInfo>("--results") { Description = "results.csv: indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary", Required = true };
        var targets = new Option<FileInfo?>("--targets") { Description = "targets.csv: indicator,period,target" };
        var period = new Option<string>("--period") { Description = "The period to evaluate, such as \"2010/11 Q3\"", Required = true };
        var format = new Option<string>("--format") { Description = "table (for people), csv or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file instead of the screen" };

        var command = new Command("evaluate", "Rate every indicator for a period: target, rating, direction of travel, predicted year end.")
        {
            indicators, results, targets, period, format, outFile,
        };

        command.SetAction(parse => Run(
            parse.GetRequiredValue(indicators),
            parse.GetRequiredValue(results),
            parse.GetValue(targets),
            parse.GetRequiredValue(period),
            parse.GetRequiredValue(format),
            parse.GetValue(outFile),
            context.Output,
            context.Error,
            context.Colour));
        return command;
    }

    private static int Run(
        FileInfo indicators, FileInfo results, FileInfo? targets, string periodText, string format, FileInfo? outFile,
        TextWriter output, TextWriter error, bool colour)
    {
        if (!ReportingPeriod.TryParse(periodText, out ReportingPeriod period, out string? periodError))
        {
            error.WriteLine($"--period: {periodError}");
            return ExitCodes.BadInput;
        }

        if (!InputFiles.AllExist(error, ("--indicators", indicators), ("--results", results), ("--targets", targets)))
        {
            return ExitCodes.BadInput;
        }

        var problems = new FileProblems();
        IReadOnlyList<IndicatorEvaluation> evaluations;
        using (StreamReader indicatorText = InputFiles.Open(indicators))
        using (StreamReader resultText = InputFiles.Open(results))
        using (StreamReader? targetText = targets is null ? null : InputFiles.Open(targets))
        {
            evaluations = FileEvaluation.Evaluate(
                (indicatorText, indicators.Name),
                (resultText, results.Name),
                targetText is null ? null : (targetText, targets!.Name),
                period,
                problems);
        }

        if (problems.Any)
        {
            ProblemReport.Write(error, problems);
            return ExitCodes.BadInput;
        }

        if (outFile is null)
        {
            Write(output, format, period, evaluations, colour);
        }
        else
        {
            using var file = new StreamWriter(outFile.FullName, append: false, new System.Text.UTF8Encoding(false));
            Write(file, format, period, evaluations, colour: false);
        }

        return ExitCodes.Success;
    }

    private static void Write(TextWriter writer, string format, ReportingPeriod period, IReadOnlyList<IndicatorEvaluation> evaluations, bool colour)
    {
        switch (format)
        {
            case "csv":
                EvaluationCsv.Write(writer, evaluations);
                break;
            case "json":
                EvaluationJson.Write(writer, evaluations);
                break;
            default:
                EvaluationTable.Write(writer, period, evaluations, colour);
                break;
        }
    }
}
