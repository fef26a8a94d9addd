import { describe, expect, it } from 'vitest';
import { groupBySituation, selectRammer } from '../../../src/lib/decision-aid.ts';

const f = (id: string, laesere: string[], situationer: string[]) => ({ id, laesere, situationer });
const rammer = [
  f('kerneopgaver', ['medarbejder', 'organisation'], []),
  f('stoette', ['medarbejder', 'organisation'], ['penge-fra-regionen']),
  f('tavshed', ['medarbejder'], ['frivillige', 'patientkontakt']),
  f('forsikring', ['organisation'], ['frivillige']),
];
const idsOf = (list: { id: string }[]) => list.map((x) => x.id);

describe('decision aid', () => {
  it('shows what always applies plus what the chosen situations trigger, for the reader', () => {
    const { always, triggered } = selectRammer(rammer, 'medarbejder', ['frivillige']);
    expect(idsOf(always)).toEqual(['kerneopgaver']);
    expect(idsOf(triggered)).toEqual(['tavshed']);
  });

  it('combines situations with OR and never shows another reader\'s frameworks', () => {
    expect(idsOf(selectRammer(rammer, 'organisation', ['frivillige', 'penge-fra-regionen']).triggered)).toEqual(['stoette', 'forsikring']);
  });

  it('without a reader shows the frameworks of all readers', () => {
    expect(idsOf(selectRammer(rammer, undefined, ['frivillige']).triggered)).toEqual(['tavshed', 'forsikring']);
  });

  it('groups by situation for the page without JavaScript, a framework under each of its situations', () => {
    const groups = groupBySituation(rammer, ['frivillige', 'boern']);
    expect(groups.map((g) => [g.situation, idsOf(g.rammer)])).toEqual([['frivillige', ['tavshed', 'forsikring']], ['boern', []]]);
  });
});
