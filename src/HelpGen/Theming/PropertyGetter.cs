using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace HelpGen.Theming;

/// <summary>
/// Reads a view model property through a delegate made once: compiled (<c>target =&gt; (object)((T)target).Property</c>,
/// no reflection per read) where the runtime compiles code, else reflection (the Native AOT build would only
/// interpret the expression).
/// </summary>
internal static class PropertyGetter
{
    public static Func<TTarget, object?> For<TTarget>(PropertyInfo property)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled) return target => property.GetValue(target);
        var target = Expression.Parameter(typeof(TTarget));
        var read = Expression.Property(Expression.Convert(target, property.DeclaringType!), property);
        return Expression.Lambda<Func<TTarget, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
