// Runs the `run:` steps of GitHub workflow files here, in order (workflow, job, step), so that a renamed command or
// option breaks CI on this machine instead of on GitHub. Each step runs as GitHub runs it: bash -eo pipefail, in the
// repository root (or its working-directory), with the workflow's, job's and step's env.
// Usage: dotnet run .ci/workflow-steps.cs -- [--list] [--skip NAME]... [--skip-suffix TEXT]... WORKFLOW.yml...
// A step whose script or env uses a ${{ }} expression cannot run outside GitHub: name it to be skipped.
#:package YamlDotNet
using System.Diagnostics;
using YamlDotNet.RepresentationModel;

var skip = new List<string>();
var skipSuffix = new List<string>();
var files = new List<string>();
var list = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--skip": skip.Add(args[++i]); break;
        case "--skip-suffix": skipSuffix.Add(args[++i]); break;
        case "--list": list = true; break;
        default: files.Add(args[i]); break;
    }
}

var steps = files.SelectMany(Steps).ToList();
foreach (var step in steps)
{
    var skipped = skip.Contains(step.Name) || skipSuffix.Any(s => step.Name.EndsWith(s, StringComparison.Ordinal));
    var label = $"{step.Workflow} › {step.Job} › {step.Name}";
    if (skipped || list)
    {
        Console.Error.WriteLine($"workflow-steps: {(skipped ? "skip" : "step")} {label}");
        continue;
    }

    if (step.Script.Contains("${{", StringComparison.Ordinal) || step.Env.Values.Any(v => v.Contains("${{", StringComparison.Ordinal)))
    {
        Console.Error.WriteLine($"workflow-steps: {label} uses a ${{{{ }}}} expression, which only GitHub can evaluate; skip it by name");
        return 2;
    }

    Console.Error.WriteLine($"workflow-steps: run  {label}");
    var code = Run(step);
    if (code != 0)
    {
        Console.Error.WriteLine($"workflow-steps: {label} failed with exit code {code}");
        return code;
    }
}

Console.Error.WriteLine($"workflow-steps: {steps.Count} steps of {files.Count} workflows done");
return 0;

static int Run(Step step)
{
    var start = new ProcessStartInfo("bash") { WorkingDirectory = step.WorkingDirectory, UseShellExecute = false };
    foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", "-c", step.Script }) start.ArgumentList.Add(arg);
    foreach (var (name, value) in step.Env) start.Environment[name] = value;
    using var process = Process.Start(start)!;
    process.WaitForExit();
    return process.ExitCode;
}

static IEnumerable<Step> Steps(string file)
{
    var yaml = new YamlStream();
    using (var reader = new StreamReader(file)) yaml.Load(reader);
    var root = (YamlMappingNode)yaml.Documents[0].RootNode;
    var workflowEnv = Env(root);
    var name = Path.GetFileName(file);
    foreach (var (jobKey, jobNode) in ((YamlMappingNode)root["jobs"]).Children)
    {
        var job = (YamlMappingNode)jobNode;
        if (!job.Children.TryGetValue("steps", out var stepsNode)) continue;
        var jobEnv = Env(job);
        foreach (var stepNode in ((YamlSequenceNode)stepsNode).Children.Cast<YamlMappingNode>())
        {
            if (!stepNode.Children.TryGetValue("run", out var run)) continue;
            var env = workflowEnv.Concat(jobEnv).Concat(Env(stepNode)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
            var directory = stepNode.Children.TryGetValue("working-directory", out var wd) ? ((YamlScalarNode)wd).Value! : ".";
            yield return new Step(name, ((YamlScalarNode)jobKey).Value!, Scalar(stepNode, "name") ?? ((YamlScalarNode)run).Value!, ((YamlScalarNode)run).Value!, directory, env);
        }
    }
}

static string? Scalar(YamlMappingNode node, string key) =>
    node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

static Dictionary<string, string> Env(YamlMappingNode node) =>
    node.Children.TryGetValue("env", out var env)
        ? ((YamlMappingNode)env).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty)
        : [];

internal sealed record Step(string Workflow, string Job, string Name, string Script, string WorkingDirectory, Dictionary<string, string> Env);
