using BenchmarkDotNet.Running;

// Lists or runs the benchmarks of this assembly: `-- --list flat`, `-- --filter '*FrontMatter*'`.
BenchmarkSwitcher.FromAssembly(typeof(HelpGen.Benchmarks.FrontMatterBenchmarks).Assembly).Run(args);
