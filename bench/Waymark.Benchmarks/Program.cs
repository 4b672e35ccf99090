using BenchmarkDotNet.Running;

using Waymark.Benchmarks;

if (args.Length > 0 && args[0] == "generate")
{
    if (args.Length != 3 || !int.TryParse(args[2], out int rows))
    {
        Console.Error.WriteLine("usage: generate DIRECTORY RESULT_ROWS");
        return 2;
    }

    GeneratedFiles.Write(args[1], rows);
    return 0;
}

if (args.Length > 0 && args[0] == "reminders")
{
    return await ReminderRun.RunAsync(people: 1_000, deadlines: 10_000);
}

BenchmarkSwitcher.FromAssembly(typeof(RulesEngineBenchmarks).Assembly).Run(args);
return 0;
