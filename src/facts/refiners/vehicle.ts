/** `台` counts vehicles only when what is counted is a vehicle: `铲雪车20台` yes, `电脑20台` no. */
import { fold } from '../../text/normalize.js';
import { VEHICLE_WORDS } from '../lexicon/subjects.js';
import { each } from '../refiner.js';

export const vehicleTai = each('vehicle-tai', (c) => {
  if (c.unit !== '台' || !c.subject) return;
  const subject = fold(c.subject);
  if (VEHICLE_WORDS.some((w) => subject.endsWith(w))) {
    c.category = 'vehicles';
    c.unit = 'vehicle';
  }
});
