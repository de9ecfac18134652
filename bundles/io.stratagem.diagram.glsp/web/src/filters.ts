// Filters of the strategy graph: element types and a business unit, sent to the server as model
// request options; changing one reloads the page with the new query.
const TYPES: [string, string][] = [
    ['objective', 'Objectives'],
    ['usecase', 'Use cases'],
    ['kpi', 'KPIs'],
    ['risk', 'Risks'],
    ['control', 'Controls'],
    ['data', 'Data assets'],
    ['capability', 'Capabilities'],
    ['partner', 'Partners']
];

export function setUpFilters(params: URLSearchParams): void {
    const form = document.getElementById('filters') as HTMLFormElement;
    form.hidden = false;
    const chosen = new Set((params.get('types') ?? '').split(',').filter(t => t));
    const typeList = document.getElementById('types')!;
    for (const [key, label] of TYPES) {
        const box = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = 'type';
        input.value = key;
        input.checked = chosen.size === 0 || chosen.has(key);
        box.append(input, ' ' + label);
        typeList.append(box);
    }
    const unit = document.getElementById('unit') as HTMLInputElement;
    unit.value = params.get('unit') ?? '';
    form.addEventListener('submit', event => {
        event.preventDefault();
        const checked = Array.from(form.querySelectorAll<HTMLInputElement>('input[name=type]:checked')).map(i => i.value);
        const next = new URLSearchParams(params);
        if (checked.length === TYPES.length || checked.length === 0) {
            next.delete('types');
        } else {
            next.set('types', checked.join(','));
        }
        if (unit.value.trim()) {
            next.set('unit', unit.value.trim());
        } else {
            next.delete('unit');
        }
        window.location.search = next.toString();
    });
}
