import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ActorRegistry} from '../source/ingest/actor-registry.js';

test('an actor is found by each name and alias it has had, however written, also after a longer name replaced its first', () => {
	const registry = new ActorRegistry();
	const kirby = registry.person('Kirby', null);
	assert.equal(registry.person('John Kirby', 'spokesman'), kirby);
	assert.equal(kirby.name, 'John Kirby');
	for (const written of ['John Kirby', 'JOHN KIRBY', 'Kirby', 'kirby']) {
		assert.equal(registry.find(written), kirby, written);
	}

	const agency = registry.organisation('Agência Nacional', null, ['A.N.']);
	assert.equal(registry.find('agencia nacional'), agency);
	assert.equal(registry.find('AN'), agency);
	assert.equal(registry.find('Nacional'), undefined);
	assert.equal(registry.actors.length, 2);
});

test('where two actors come to share a name, the one met first is found', () => {
	const registry = new ActorRegistry();
	const first = registry.organisation('Harbour Light', null, ['HLT']);
	const second = registry.organisation('Tindra Shipping');
	// A later actor given the first one's short form does not take it over.
	assert.equal(registry.state('Tindra Shipping', ['HLT']), second);
	assert.equal(registry.find('HLT'), first);
	assert.equal(registry.find('Tindra Shipping'), second);
});
