using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

// Where a process's CPU went, from a dotnet-trace (sampled thread time) file: only samples taken while a thread ran
// managed code count (the sampler's type 2), so waiting threads (idle workers, pollers) drop out. Prints each method's
// share of those samples, inclusive (on the stack) — every frame once per sample — for the methods whose name contains
// one of the filters, and the leaf modules' shares.
// Usage: dotnet bench/TraceReport/bin/Release/net10.0/TraceReport.dll trace.nettrace [top=40] [filter,filter...]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: TraceReport <file.nettrace> [top] [filters]");
    return 2;
}

var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
var filters = args.Length > 2 ? args[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : ["BuildingBot"];
var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
using var log = new TraceLog(etlx);
var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
var leafModules = new Dictionary<string, int>(StringComparer.Ordinal);
var samples = 0;
foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler" && e.EventName.Contains("Sample", StringComparison.Ordinal)))
{
    var data = sample.EventData();
    if (data.Length < 4 || BitConverter.ToInt32(data, 0) != 2 || sample.CallStack() is not { } stack)
    {
        continue;
    }

    samples++;
    var leaf = stack.CodeAddress.ModuleName is { Length: > 0 } module ? module : "?";
    leafModules[leaf] = leafModules.GetValueOrDefault(leaf) + 1;
    var seen = new HashSet<string>(StringComparer.Ordinal);
    for (var frame = stack; frame is not null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName;
        if (name is { Length: > 0 } && seen.Add(name) && filters.Any(f => name.Contains(f, StringComparison.Ordinal)))
        {
            inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{samples} samples of running managed code"));
Console.WriteLine("--- leaf modules ---");
foreach (var (module, count) in leafModules.OrderByDescending(m => m.Value).Take(15))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, samples),6:F1}%  {module}"));
}

Console.WriteLine($"--- methods on the stack ({string.Join(", ", filters)}) ---");
foreach (var (method, count) in inclusive.OrderByDescending(m => m.Value).Take(top))
{
    var shown = method.Length > 150 ? method[..150] : method;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, samples),6:F1}%  {shown}"));
}

return 0;
