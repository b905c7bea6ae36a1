using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dialogs.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmarks.</summary>
internal sealed partial class Program;
