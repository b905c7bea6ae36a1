using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

// Where a process's CPU went, from a dotnet-trace (sampled thread time) file: only samples taken while a thread ran
// managed code count (the sampler's type 2), so waiting threads (idle workers, pollers) drop out. Prints each method's
// share of those samples, inclusive (on the stack) — every frame once per sample — for the methods whose name contains
// one of the filters, and the leaf modules' and leaf methods' shares.
// Usage: dotnet bench/TraceReport/bin/Release/net10.0/TraceReport.dll trace.nettrace [top=40] [filter,filter...] [leaf method: who calls it]
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
var leafMethods = new Dictionary<string, int>(StringComparer.Ordinal);
var callersOf = args.Length > 3 ? args[3] : null;
var callerChains = new Dictionary<string, int>(StringComparer.Ordinal);
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
    var leafMethod = stack.CodeAddress.FullMethodName is { Length: > 0 } m ? m : $"? ({leaf})";
    leafMethods[leafMethod] = leafMethods.GetValueOrDefault(leafMethod) + 1;
    if (callersOf is not null && leafMethod.Contains(callersOf, StringComparison.Ordinal))
    {
        var chain = new List<string>();
        for (var frame = stack.Caller; frame is not null && chain.Count < 6; frame = frame.Caller)
        {
            if (frame.CodeAddress.FullMethodName is { Length: > 0 } caller && !caller.StartsWith("System.Threading", StringComparison.Ordinal))
            {
                chain.Add(caller.Length > 90 ? caller[..90] : caller);
            }
        }

        var key = string.Join("\n      <- ", chain);
        callerChains[key] = callerChains.GetValueOrDefault(key) + 1;
    }
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

Console.WriteLine("--- leaf methods (exclusive) ---");
foreach (var (method, count) in leafMethods.OrderByDescending(m => m.Value).Take(15))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, samples),6:F1}%  {(method.Length > 150 ? method[..150] : method)}"));
}

Console.WriteLine($"--- methods on the stack ({string.Join(", ", filters)}) ---");
foreach (var (method, count) in inclusive.OrderByDescending(m => m.Value).Take(top))
{
    var shown = method.Length > 150 ? method[..150] : method;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, samples),6:F1}%  {shown}"));
}

if (callersOf is not null)
{
    Console.WriteLine($"--- who called {callersOf} ---");
    foreach (var (chain, count) in callerChains.OrderByDescending(c => c.Value).Take(6))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, samples),6:F1}%  {chain}"));
    }
}

return 0;
