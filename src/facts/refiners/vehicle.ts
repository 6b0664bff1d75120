/** `台` counts vehicles only when what is counted is a vehicle: `铲雪车20台` yes, `电脑20台` no. */
import { fold } from '../../text/normalize.js';
import { VEHICLE_WORDS } from '../lexicon/subjects.js';
import { each } from '../refiner.js';

export const vehicleTai = each('vehicle-tai', (c) => {
  if (c.unit !== '台' || !c.subject) return;
  if (isVehicle(fold(c.subject))) {
    c.category = 'vehicles';
    c.unit = 'vehicle';
  }
});

/** Does the subject end with a vehicle word? (A loop, not some() with a closure: this runs for every candidate.) */
function isVehicle(subject: string): boolean {
  for (const w of VEHICLE_WORDS) if (subject.endsWith(w)) return true;
  return false;
}
