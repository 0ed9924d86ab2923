// Reads the top level of a script with a real parser (acorn): function declarations, other bindings, modules syntax.
import * as acorn from 'acorn';

export interface TopLevel {
  /** Names of top-level `function name() {}` declarations: the only ones Apps Script can see (§12). */
  functions: string[];
  /** Every other top-level binding (var/let/const/class), by name. */
  otherBindings: string[];
  /** True when import/export syntax remains (a script cannot contain it). */
  hasModuleSyntax: boolean;
}

export function readTopLevel(code: string): TopLevel {
  const hasModuleSyntax = !parses(code, 'script');
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: hasModuleSyntax ? 'module' : 'script' });
  const functions: string[] = [];
  const otherBindings: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) functions.push(node.id.name);
    else if (node.type === 'ClassDeclaration' && node.id) otherBindings.push(node.id.name);
    else if (node.type === 'VariableDeclaration') {
      for (const d of node.declarations) otherBindings.push(...patternNames(d.id));
    } else if (node.type === 'ImportDeclaration' || node.type.startsWith('Export')) {
      // counted by hasModuleSyntax
    }
  }
  return { functions, otherBindings, hasModuleSyntax };
}

function parses(code: string, sourceType: 'script' | 'module'): boolean {
  try {
    acorn.parse(code, { ecmaVersion: 'latest', sourceType });
    return true;
  } catch {
    return false;
  }
}

function patternNames(p: acorn.Pattern): string[] {
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'ObjectPattern':
      return p.properties.flatMap((q) => (q.type === 'RestElement' ? patternNames(q.argument) : patternNames(q.value)));
    case 'ArrayPattern':
      return p.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement':
      return patternNames(p.argument);
    case 'AssignmentPattern':
      return patternNames(p.left);
    default:
      return [];
  }
}
